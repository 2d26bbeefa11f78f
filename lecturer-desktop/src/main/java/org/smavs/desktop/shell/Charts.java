package org.smavs.desktop.shell;

import javafx.scene.chart.Axis;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** Small helpers for the apps' charts. */
public final class Charts {
    private Charts() {
    }

    /** An axis of counts: labels only at whole numbers (no "0.5 check-ins"), no minor ticks. */
    public static void wholeCounts(Axis<Number> axis) {
        if (!(axis instanceof NumberAxis numbers)) {
            return;
        }
        numbers.setMinorTickVisible(false);
        numbers.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : "";
            }

            @Override
            public Number fromString(String text) {
                return Long.parseLong(text);
            }
        });
        // with few counts the automatic unit would be fractional: keep whole steps
        numbers.upperBoundProperty().addListener((obs, old, upper) -> {
            if (numbers.getTickUnit() < 1) {
                numbers.setTickUnit(1);
            }
        });
    }

    /** The label of a bar that shows a rate: its name with the counts behind it, e.g. "Hall A (3 of 40)". */
    public static String withCounts(String name, long part, long whole) {
        return name + " (" + part + " of " + whole + ")";
    }
}
