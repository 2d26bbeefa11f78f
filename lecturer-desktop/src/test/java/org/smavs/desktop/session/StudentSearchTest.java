package org.smavs.desktop.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.session.SessionStudent;

class StudentSearchTest {
    private final SessionStudent sam = new SessionStudent(4, "Sam Student", "S1001", AttendanceStatus.EXCUSED);
    private final SessionStudent ada = new SessionStudent(5, "Ada Lovelace", null, null);

    @Test
    void typingAnyPartOfTheNameOrNumberFindsTheStudentIgnoringCase() {
        assertThat(StudentSearch.matches(sam, "  stud ")).isTrue();
        assertThat(StudentSearch.matches(sam, "s100")).isTrue();
        assertThat(StudentSearch.matches(sam, "")).isTrue();
        assertThat(StudentSearch.matches(sam, "ada")).isFalse();
        assertThat(StudentSearch.matches(ada, "S1001")).isFalse();
    }

    @Test
    void theLabelSaysWhoAndWhereTheyStand() {
        assertThat(StudentSearch.label(sam)).isEqualTo("Sam Student · S1001 · excused");
        assertThat(StudentSearch.label(ada)).isEqualTo("Ada Lovelace · not checked in");
    }
}
