package org.smavs.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.chart.NumberAxis;
import org.junit.jupiter.api.Test;

class ChartsTest {
    @Test
    void countAxesLabelOnlyWholeNumbers() {
        NumberAxis axis = new NumberAxis();
        Charts.wholeCounts(axis);
        assertThat(axis.getTickLabelFormatter().toString(3.0)).isEqualTo("3");
        assertThat(axis.getTickLabelFormatter().toString(2.5)).isEmpty();
        assertThat(axis.isMinorTickVisible()).isFalse();
    }

    @Test
    void rateBarsSayHowManyOfHowMany() {
        assertThat(Charts.withCounts("Hall A kiosk", 3, 40)).isEqualTo("Hall A kiosk (3 of 40)");
    }
}
