package org.smavs.kiosk.session;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.smavs.kiosk.shell.Styles;

/** Left half of the kiosk during a class: what is running, how long, how many are in, and the QR + code. */
public final class SessionView extends VBox {
    private final SessionViewModel model;
    private final ChangeListener<String> tokenListener;
    private final ImageView qr = new ImageView();

    public SessionView(SessionViewModel model) {
        this.model = model;
        setId("sessionScreen");
        getStyleClass().add(Styles.PANEL);
        setSpacing(10);
        setAlignment(Pos.TOP_CENTER);

        Label course = label("courseName", model.courseNameProperty().getValue(), Styles.TITLE_L);
        course.textProperty().bind(model.courseNameProperty());
        course.setWrapText(true);
        course.setMinHeight(USE_PREF_SIZE);
        Label lecturer = label("lecturerName", "", Styles.TEXT_L);
        lecturer.getStyleClass().add(Styles.MUTED);
        lecturer.textProperty().bind(model.lecturerNameProperty());
        Label title = label("sessionTitle", "", Styles.TEXT_L);
        title.getStyleClass().add(Styles.MUTED);
        title.textProperty().bind(model.titleProperty());
        title.visibleProperty().bind(model.titleProperty().isNotEqualTo(model.courseNameProperty()));
        title.managedProperty().bind(title.visibleProperty());
        Label timeLeft = label("timeLeft", "", Styles.TITLE_M);
        timeLeft.textProperty().bind(model.timeLeftProperty());
        Label count = label("liveCount", "", Styles.BIG_NUMBER);
        count.textProperty().bind(model.liveCountProperty().asString());
        Label countCaption = label(null, "checked in", Styles.TEXT_L);
        countCaption.getStyleClass().add(Styles.MUTED);
        HBox counted = new HBox(8, count, countCaption);
        counted.setAlignment(Pos.BASELINE_LEFT);
        HBox counts = new HBox(20, counted, timeLeft);
        counts.setAlignment(Pos.BASELINE_LEFT);
        timeLeft.setMinWidth(USE_PREF_SIZE);
        countCaption.setMinWidth(USE_PREF_SIZE);

        qr.setId("qrImage");
        qr.setSmooth(false);
        qr.setPreserveRatio(true);
        // short, and not the title size: on a small screen the QR's square leaves little room for words
        Label qrOffline = label("qrOffline", "QR paused while offline. Type the code, or check in at this kiosk.",
                Styles.TEXT_L);
        qrOffline.getStyleClass().add(Styles.MESSAGE);
        qrOffline.setWrapText(true);
        qrOffline.setAlignment(Pos.CENTER);
        qrOffline.setStyle("-fx-text-alignment: center; -fx-padding: 1em;");
        qrOffline.setMinSize(0, 0);
        qrOffline.visibleProperty().bind(model.qrTokenProperty().isNull());
        StackPane qrFrame = new StackPane(qr, qrOffline);
        qrFrame.getStyleClass().add(Styles.QR_FRAME);
        // the card has the QR's footprint with or without a QR, so nothing moves when the kiosk goes offline
        qrFrame.prefWidthProperty().bind(qr.fitHeightProperty().add(24));
        qrFrame.prefHeightProperty().bind(qr.fitHeightProperty().add(24));
        qrFrame.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        qrFrame.styleProperty().bind(Bindings.when(model.qrTokenProperty().isNull())
                .then("-fx-background-color: #1f2d4d;").otherwise(""));
        // the area gets whatever height the texts leave; the QR is the largest square that fits in it.
        // Its own min/pref are pinned to 0 so the QR's size cannot feed back into the layout.
        StackPane qrArea = new StackPane(qrFrame);
        qrArea.setMinSize(0, 0);
        qrArea.setPrefSize(0, 0);
        VBox.setVgrow(qrArea, Priority.ALWAYS);
        qr.fitHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(100, Math.min(qrArea.getWidth(), qrArea.getHeight()) - 24),
                qrArea.widthProperty(), qrArea.heightProperty()));
        qrOffline.prefWidthProperty().bind(qr.fitHeightProperty());
        qrOffline.prefHeightProperty().bind(qr.fitHeightProperty());

        Label scanHint = label(null, "Scan with the SMAVS app or type the code", Styles.TEXT_L);
        scanHint.getStyleClass().add(Styles.MUTED);
        scanHint.setWrapText(true);
        scanHint.setMinHeight(USE_PREF_SIZE);
        Label code = label("sessionCode", "", Styles.SESSION_CODE);
        code.textProperty().bind(model.codeProperty());

        for (Label label : new Label[] {lecturer, title}) {
            label.setWrapText(true);
            label.setMinHeight(USE_PREF_SIZE);
        }
        VBox header = new VBox(4, course, title, lecturer, counts);
        header.setAlignment(Pos.TOP_LEFT);
        header.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(header, qrArea, scanHint, code);

        tokenListener = (obs, old, token) -> showToken(token);
        model.qrTokenProperty().addListener(tokenListener);
        showToken(model.qrTokenProperty().get());
    }

    /** Detaches from the model, which may outlive this view. */
    public void dispose() {
        model.qrTokenProperty().removeListener(tokenListener);
    }

    /** The token the QR currently shows (for tests). */
    public String shownToken() {
        return (String) qr.getUserData();
    }

    private void showToken(String token) {
        qr.setUserData(token);
        qr.setImage(token == null ? null : QrCodeImage.render(token));
    }

    private static Label label(String id, String text, String style) {
        Label label = new Label(text);
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().add(style);
        return label;
    }
}
