package org.smavs.desktop.shell;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.HBox;
import javafx.util.Callback;

/** Table cells shared by several screens: coloured status text, reason badges, local times. */
public final class Cells {
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Cells() {
    }

    /** Shows an enum in words ("flagged"), coloured by its {@code status-*} style class. */
    public static <S, E extends Enum<E>> Callback<TableColumn<S, E>, TableCell<S, E>> status() {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(style -> style.startsWith("status-"));
                if (empty || item == null) {
                    setText(null);
                } else {
                    setText(item.name().toLowerCase(java.util.Locale.ROOT));
                    getStyleClass().add(Styles.statusClass(item));
                }
            }
        };
    }

    /** One small badge per reason code. */
    public static <S, E extends Enum<E>> Callback<TableColumn<S, Collection<E>>, TableCell<S, Collection<E>>> badges() {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(Collection<E> items, boolean empty) {
                super.updateItem(items, empty);
                setText(null);
                if (empty || items == null || items.isEmpty()) {
                    setGraphic(null);
                    return;
                }
                // One line of badges keeps every row the same height; the column is wide enough for three.
                HBox pane = new HBox(4);
                items.forEach(reason -> pane.getChildren().add(badge(reason.name())));
                setGraphic(pane);
            }
        };
    }

    /** Cell value from a record accessor: {@code column.setCellValueFactory(Cells.value(Session::title))}. */
    public static <S, T> Callback<TableColumn.CellDataFeatures<S, T>, ObservableValue<T>> value(Function<S, T> getter) {
        return features -> new ReadOnlyObjectWrapper<>(getter.apply(features.getValue()));
    }

    public static Label badge(String reasonCode) {
        Label badge = new Label(humanise(reasonCode));
        badge.getStyleClass().addAll(Styles.BADGE, Styles.BADGE_REASON);
        return badge;
    }

    /** OUTSIDE_GEOFENCE → "outside geofence". */
    public static String humanise(String code) {
        return code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** Formats a timestamp in the computer's time zone. */
    public static <S> Callback<TableColumn<S, OffsetDateTime>, TableCell<S, OffsetDateTime>> time(
            DateTimeFormatter format) {
        return formatted(value -> value.atZoneSameInstant(ZoneId.systemDefault()).format(format));
    }

    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> formatted(Function<T, String> format) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }

    public static String localTime(OffsetDateTime value, DateTimeFormatter format) {
        return value == null ? "–" : value.atZoneSameInstant(ZoneId.systemDefault()).format(format);
    }

    /** "student" → "Student": roles as people read them. */
    public static String sentenceCase(String word) {
        return word == null || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
