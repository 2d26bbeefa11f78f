package org.smavs.desktop.session;

import java.util.Locale;
import org.smavs.model.session.SessionStudent;

/** How the manual-marking picker finds and shows a student. Pure, so it is unit-tested without a toolkit. */
final class StudentSearch {
    private StudentSearch() {
    }

    /** Case-insensitive match on any part of the name or the student number; blank matches everyone. */
    static boolean matches(SessionStudent student, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String needle = query.strip().toLowerCase(Locale.ROOT);
        return contains(student.fullName(), needle) || contains(student.studentNumber(), needle);
    }

    /** e.g. "Sam Student · S1001 · excused", or "· not checked in" when there is no record yet. */
    static String label(SessionStudent student) {
        String name = student.fullName() == null ? "Student " + student.studentId() : student.fullName();
        return name + (student.studentNumber() == null ? "" : " · " + student.studentNumber()) + " · "
                + (student.status() == null ? "not checked in" : student.status().wire());
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
