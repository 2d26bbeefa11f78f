package org.smavs.desktop.session;

import org.smavs.desktop.shell.SearchText;
import org.smavs.model.session.SessionStudent;

/** How the manual-marking picker finds and shows a student. Pure, so it is unit-tested without a toolkit. */
final class StudentSearch {
    private StudentSearch() {
    }

    /** Any part of the name or the student number, ignoring accents, case and punctuation; blank matches all. */
    static boolean matches(SessionStudent student, String query) {
        return SearchText.matches(query, student.fullName(), student.studentNumber());
    }

    /** e.g. "Sam Student · S1001 · excused", or "· not checked in" when there is no record yet. */
    static String label(SessionStudent student) {
        String name = student.fullName() == null ? "Student " + student.studentId() : student.fullName();
        return name + (student.studentNumber() == null ? "" : " · " + student.studentNumber()) + " · "
                + (student.status() == null ? "not checked in" : student.status().wire());
    }
}
