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
    void pdfTextKeepsLatin1AndReplacesTheRest() {
        assertThat(AttendancePdf.printable("Zoë 李", 50)).isEqualTo("Zoë ?");
        assertThat(AttendancePdf.printable("abcdefgh", 5)).isEqualTo("abcd.");
    }
}
