package org.smavs.kiosk.enrol;

import org.smavs.model.kiosk.KioskCredential;

/** Which server this kiosk belongs to and the credential it got there. */
public record Enrolment(String serverUrl, KioskCredential credential) {
    @Override
    public String toString() {
        // keeps the token out of any log line or exception message that prints this record
        return "Enrolment[serverUrl=" + serverUrl + ", kiosk=" + credential.name() + " (#" + credential.kioskId()
                + "), room=" + credential.roomName() + "]";
    }
}
