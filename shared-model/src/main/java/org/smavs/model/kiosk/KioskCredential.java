package org.smavs.model.kiosk;

/** What a kiosk keeps after enrolment; {@code token} goes in {@code Authorization: Kiosk <token>}. */
public record KioskCredential(long kioskId, String name, long roomId, String roomName, String token) {

    /** Leaves the token out, so a credential can never reach a log by accident. */
    @Override
    public String toString() {
        return "KioskCredential[kioskId=" + kioskId + ", name=" + name + ", roomId=" + roomId + ", roomName=" + roomName + "]";
    }
}
