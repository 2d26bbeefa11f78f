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
        Label lecturer = label("lecturerName", "", Styles.TEXT_L);
        lecturer.getStyleClass().add(Styles.MUTED);
        lecturer.textProperty().bind(model.lecturerNameProperty());
        Label timeLeft = label("timeLeft", "", Styles.TITLE_M);
        timeLeft.textProperty().bind(model.timeLeftProperty());
        Label count = label("liveCount", "", Styles.BIG_NUMBER);
        count.textProperty().bind(model.liveCountProperty().asString());
        Label countCaption = label(null, "checked in", Styles.TEXT_L);
        countCaption.getStyleClass().add(Styles.MUTED);
        HBox counts = new HBox(14, timeLeft, new HBox(8, count, countCaption));
        counts.setAlignment(Pos.CENTER_LEFT);
        ((HBox) counts.getChildren().get(1)).setAlignment(Pos.BASELINE_LEFT);

        qr.setId("qrImage");
        qr.setSmooth(false);
        qr.setPreserveRatio(true);
        // the QR takes what the texts leave, square, up to the panel's width
        qr.fitHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(120, Math.min(widthProperty().get() - 80, heightProperty().get() * 0.52)),
                widthProperty(), heightProperty()));
        Label qrOffline = label("qrOffline", "QR paused while the kiosk is offline. Type the code, or check in"
                + " at this kiosk.", Styles.TITLE_M);
        qrOffline.getStyleClass().add(Styles.MESSAGE);
        qrOffline.setWrapText(true);
        qrOffline.setAlignment(Pos.CENTER);
        qrOffline.setStyle("-fx-text-alignment: center; -fx-padding: 1em;");
        qrOffline.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        qrOffline.visibleProperty().bind(model.qrTokenProperty().isNull());
        StackPane qrFrame = new StackPane(qr, qrOffline);
        qrFrame.getStyleClass().add(Styles.QR_FRAME);
        // the frame has the QR's footprint with or without a QR, so nothing moves when the kiosk goes offline
        qrFrame.prefWidthProperty().bind(qr.fitHeightProperty().add(24));
        qrFrame.prefHeightProperty().bind(qr.fitHeightProperty().add(24));
        qrFrame.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        qrFrame.setMinSize(0, 0);
        qrFrame.styleProperty().bind(Bindings.when(model.qrTokenProperty().isNull())
                .then("-fx-background-color: #1f2d4d;").otherwise(""));
        VBox.setVgrow(qrFrame, Priority.ALWAYS);

        Label scanHint = label(null, "Scan with the SMAVS app or type the code", Styles.TEXT_L);
        scanHint.getStyleClass().add(Styles.MUTED);
        scanHint.setWrapText(true);
        scanHint.setMinHeight(USE_PREF_SIZE);
        Label code = label("sessionCode", "", Styles.SESSION_CODE);
        code.textProperty().bind(model.codeProperty());

        VBox header = new VBox(4, course, lecturer, counts);
        header.setAlignment(Pos.TOP_LEFT);
        header.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(header, qrFrame, scanHint, code);

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
