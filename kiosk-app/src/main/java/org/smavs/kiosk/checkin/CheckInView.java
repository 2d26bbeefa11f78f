package org.smavs.kiosk.checkin;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.smavs.kiosk.camera.CameraPreview;
import org.smavs.kiosk.shell.Styles;

/** Right half of the kiosk during a class: camera with the challenge on top, or the number + PIN form. */
public final class CheckInView extends VBox {

    public CheckInView(CheckInViewModel model, CameraPreview preview) {
        setId("checkInPanel");
        getStyleClass().add(Styles.PANEL);
        setSpacing(12);
        setMinWidth(0);

        BooleanBinding entering = model.stageProperty().isEqualTo(CheckInStage.ENTERING_NUMBER);
        BooleanBinding challengeShown = Bindings.createBooleanBinding(() -> switch (model.stageProperty().get()) {
            case IDENTIFYING, PREPARING, CAPTURING, VERIFYING -> true;
            default -> false;
        }, model.stageProperty());

        Label bannerText = new Label();
        bannerText.setId("challengeText");
        bannerText.getStyleClass().add(Styles.TITLE_L);
        bannerText.textProperty().bind(model.headlineProperty());
        bannerText.setWrapText(true);
        bannerText.setMinHeight(USE_PREF_SIZE);
        Label countdown = new Label();
        countdown.setId("countdown");
        countdown.getStyleClass().add(Styles.COUNTDOWN);
        countdown.textProperty().bind(model.countdownProperty());
        countdown.visibleProperty().bind(model.countdownProperty().isNotEmpty());
        countdown.managedProperty().bind(countdown.visibleProperty());
        HBox banner = new HBox(24, bannerText, countdown);
        banner.getStyleClass().add(Styles.CHALLENGE_BANNER);
        banner.setAlignment(Pos.CENTER);
        banner.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bannerText, Priority.ALWAYS);
        bannerText.setMaxWidth(Double.MAX_VALUE);
        // above the picture, not on it: the instruction must not hide the face it is about
        banner.visibleProperty().bind(challengeShown);
        banner.managedProperty().bind(challengeShown);

        StackPane camera = new StackPane(preview);
        camera.visibleProperty().bind(entering.not());
        camera.managedProperty().bind(camera.visibleProperty());
        VBox.setVgrow(camera, Priority.ALWAYS);

        VBox numberForm = numberForm(model);
        numberForm.visibleProperty().bind(entering);
        numberForm.managedProperty().bind(entering);
        VBox.setVgrow(numberForm, Priority.ALWAYS);

        Label headline = new Label();
        headline.setId("checkInHeadline");
        headline.getStyleClass().add(Styles.TITLE_M);
        headline.textProperty().bind(model.headlineProperty());
        headline.setWrapText(true);
        headline.setMinHeight(USE_PREF_SIZE);
        headline.visibleProperty().bind(challengeShown.not().and(entering.not()));
        headline.managedProperty().bind(headline.visibleProperty());
        Label detail = new Label();
        detail.setId("checkInDetail");
        detail.getStyleClass().addAll(Styles.TEXT_L, Styles.MUTED);
        detail.setWrapText(true);
        detail.textProperty().bind(model.detailProperty());
        detail.setMinHeight(USE_PREF_SIZE);

        Button useNumber = new Button("Use student number + PIN");
        useNumber.setId("useNumberButton");
        useNumber.getStyleClass().add(Styles.PRIMARY);
        useNumber.setOnAction(event -> model.chooseNumberEntry());
        useNumber.visibleProperty().bind(model.stageProperty().isEqualTo(CheckInStage.READY));
        useNumber.managedProperty().bind(useNumber.visibleProperty());
        useNumber.setMaxWidth(Double.MAX_VALUE);

        getChildren().addAll(banner, camera, numberForm, headline, detail, useNumber);
    }

    private static VBox numberForm(CheckInViewModel model) {
        TextField number = new TextField();
        number.setId("studentNumber");
        number.setPromptText("Student number");
        number.textProperty().bindBidirectional(model.studentNumberProperty());
        PasswordField pin = new PasswordField();
        pin.setId("pin");
        pin.setPromptText("PIN");
        pin.textProperty().bindBidirectional(model.pinProperty());
        pin.setOnAction(event -> model.submitNumber());
        model.pinFocusRequestsProperty().addListener((observed, before, now) -> pin.requestFocus());
        number.setOnAction(event -> pin.requestFocus());

        Button submit = new Button("Check in");
        submit.setId("submitNumber");
        submit.getStyleClass().add(Styles.PRIMARY);
        submit.setOnAction(event -> model.submitNumber());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelNumber");
        cancel.setOnAction(event -> model.cancel());
        HBox actions = new HBox(14, submit, cancel);

        Label title = new Label("Student number and PIN");
        title.getStyleClass().add(Styles.TITLE_L);
        title.setWrapText(true);
        title.setMinHeight(USE_PREF_SIZE);
        HBox inputs = new HBox(12, number, pin);
        HBox.setHgrow(number, Priority.ALWAYS);
        pin.setPrefColumnCount(6);
        VBox form = new VBox(14, title, inputs, new TouchKeyboard(number, pin), actions);
        form.setId("numberForm");
        return form;
    }
}
