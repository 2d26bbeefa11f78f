package org.smavs.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {
    @Test
    void cellsThatASpreadsheetWouldRunAreQuoted() {
        assertThat(CsvCells.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvCells.safe("+44")).isEqualTo("'+44");
        assertThat(CsvCells.safe("-2")).isEqualTo("'-2");
        assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.safe("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.safe("\rx")).isEqualTo("'\rx");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertThat(CsvCells.safe("Ada Lovelace")).isEqualTo("Ada Lovelace");
        assertThat(CsvCells.safe("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.safe(null)).isEmpty();
    }

    @Test
    void pdfTextKeepsWhatTheFontHasAndReplacesTheRest() {
        java.util.function.IntPredicate noCjk = codePoint -> codePoint < 0x3000;
        assertThat(AttendancePdf.printable("Zoë Łukasz 李", 50, noCjk)).isEqualTo("Zoë Łukasz ?");
        assertThat(AttendancePdf.printable("tab\there", 50, noCjk)).isEqualTo("tab?here");
        assertThat(AttendancePdf.printable("abcdefgh", 5, noCjk)).isEqualTo("abcd.");
        assertThat(AttendancePdf.printable("abcde", 5, noCjk)).isEqualTo("abcde");
    }

    @Test
    void pdfReasonsReadAsWordsAndWrap() {
        assertThat(AttendancePdf.readable(java.util.List.of(org.smavs.model.attendance.ReasonCode.OUTSIDE_GEOFENCE,
                org.smavs.model.attendance.ReasonCode.LOW_GPS_ACCURACY))).isEqualTo("outside geofence, low gps accuracy");
        assertThat(AttendancePdf.wrap("outside geofence, low gps accuracy", 20))
                .containsExactly("outside geofence,", "low gps accuracy");
    }
}
