package org.smavs.kiosk.checkin;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.smavs.kiosk.shell.Styles;
import org.smavs.model.attendance.AttendanceStatus;

/** Full-screen answer after a check-in: name and "present" / "flagged", never a photo. Clears itself. */
public final class ResultView extends StackPane {
    private final CheckInViewModel model;
    private final ChangeListener<CheckInStage> stageListener;
    private final VBox card = new VBox(14);
    private final Label mark = new Label();

    public ResultView(CheckInViewModel model) {
        this.model = model;
        setId("resultScreen");
        getStyleClass().add(Styles.RESULT);
        mark.getStyleClass().add(Styles.RESULT_MARK);
        Label headline = new Label();
        headline.setId("resultHeadline");
        headline.getStyleClass().add(Styles.TITLE_XL);
        headline.textProperty().bind(model.headlineProperty());
        headline.setWrapText(true);
        headline.setMinHeight(USE_PREF_SIZE);
        Label detail = new Label();
        detail.setId("resultDetail");
        detail.getStyleClass().add(Styles.TITLE_M);
        detail.textProperty().bind(model.detailProperty());
        detail.setWrapText(true);
        detail.setMinHeight(USE_PREF_SIZE);
        detail.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        headline.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        card.getStyleClass().add(Styles.RESULT_CARD);
        card.setAlignment(Pos.CENTER);
        card.getChildren().addAll(mark, headline, detail);
        card.setMaxSize(1100, USE_PREF_SIZE);
        getChildren().add(card);
        setStyle("-fx-padding: 2em;");
        stageListener = (obs, old, stage) -> show(stage);
        model.stageProperty().addListener(stageListener);
        show(model.stageProperty().get());
    }

    public void dispose() {
        model.stageProperty().removeListener(stageListener);
    }

    private void show(CheckInStage stage) {
        String kind = switch (stage) {
            case RESULT -> model.resultStatusProperty().get() == AttendanceStatus.PRESENT ? "present" : "flagged";
            case SAVED_OFFLINE -> "saved";
            case FAILED -> "failed";
            default -> null;
        };
        setVisible(kind != null);
        if (kind == null) {
            return;
        }
        Styles.choose(card, kind, "present", "flagged", "saved", "failed");
        mark.setText(switch (kind) {
            case "present" -> "✓";
            case "flagged" -> "!";
            case "saved" -> "⇅";
            default -> "✕";
        });
    }
}
