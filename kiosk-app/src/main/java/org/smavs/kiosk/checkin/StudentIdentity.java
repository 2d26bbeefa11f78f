package org.smavs.kiosk.checkin;

/** How a student identified: the phone's pass QR, or student number + PIN. Secrets stay out of toString. */
public record StudentIdentity(String pass, String studentNumber, String pin) {

    public static StudentIdentity byPass(String pass) {
        return new StudentIdentity(pass, null, null);
    }

    public static StudentIdentity byNumber(String studentNumber, String pin) {
        return new StudentIdentity(null, studentNumber, pin);
    }

    public boolean usesPass() {
        return pass != null;
    }

    @Override
    public String toString() {
        return usesPass() ? "StudentIdentity[pass]" : "StudentIdentity[number=" + studentNumber + "]";
    }
}
