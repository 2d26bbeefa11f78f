package org.smavs.model.kiosk;

/** What a kiosk keeps after enrolment; {@code token} goes in {@code Authorization: Kiosk <token>}. */
public record KioskCredential(long kioskId, String name, long roomId, String roomName, String token) {
}
