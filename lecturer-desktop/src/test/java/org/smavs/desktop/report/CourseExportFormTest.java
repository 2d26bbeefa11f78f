package org.smavs.desktop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.smavs.model.admin.Course;

class CourseExportFormTest {
    private static final Course CS101 = new Course(1, "CS101", "Algorithms", 7L, 30);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Test
    void aCourseAndARangeOfUpTo366DaysCanBeSent() {
        assertThat(new CourseExportForm(CS101, DAY, DAY, ExportViewModel.Format.CSV).problem()).isNull();
        assertThat(new CourseExportForm(CS101, DAY.minusDays(365), DAY, ExportViewModel.Format.PDF).problem()).isNull();
    }

    @Test
    void eachMissingOrWrongPieceIsExplained() {
        assertThat(new CourseExportForm(null, DAY, DAY, ExportViewModel.Format.CSV).problem()).contains("course");
        assertThat(new CourseExportForm(CS101, null, DAY, ExportViewModel.Format.CSV).problem()).contains("first");
        assertThat(new CourseExportForm(CS101, DAY, DAY.minusDays(1), ExportViewModel.Format.CSV).problem())
                .contains("on or after");
        assertThat(new CourseExportForm(CS101, DAY.minusDays(366), DAY, ExportViewModel.Format.CSV).problem())
                .contains("at most 366 days");
        assertThat(new CourseExportForm(CS101, DAY, DAY, null).problem()).contains("CSV or PDF");
    }
}
