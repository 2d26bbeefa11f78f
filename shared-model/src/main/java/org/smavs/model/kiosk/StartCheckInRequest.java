package org.smavs.model.kiosk;

/** Identify by the phone pass ({@code studentPass}) or by {@code studentNumber} + {@code pin}. */
public record StartCheckInRequest(String studentPass, String studentNumber, String pin) {
}
