package org.smavs.kiosk.enrol;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.smavs.kiosk.shell.Styles;

/** "Set up this kiosk": server address, one-time code, kiosk name. */
public final class EnrolmentView extends StackPane {

    public EnrolmentView(EnrolmentViewModel model) {
        setId("enrolmentScreen");
        Label title = new Label("Set up this kiosk");
        // not the largest title: at 1024×768 the form, its help and a two-line error must fit above the status bar
        title.getStyleClass().add(Styles.TITLE_L);
        Label intro = wrapped(new Label("In the SMAVS desktop app, an administrator opens Admin → Rooms & kiosks, "
                + "creates a kiosk for this room and gets a one-time enrolment code. Type the server address and "
                + "that code here."));
        intro.setId("enrolIntro");
        intro.getStyleClass().addAll(Styles.MUTED, Styles.TEXT_L);

        TextField server = field("serverUrl", "https://smavs.example.edu");
        server.textProperty().bindBidirectional(model.serverUrlProperty());
        TextField code = field("enrollmentCode", "e.g. " + EnrolmentCode.EXAMPLE);
        code.textProperty().bindBidirectional(model.enrollmentCodeProperty());
        TextField name = field("kioskName", "e.g. Room B101 kiosk");
        name.textProperty().bindBidirectional(model.kioskNameProperty());

        Button enrol = new Button("Enrol this kiosk");
        enrol.setId("enrolButton");
        enrol.getStyleClass().add(Styles.PRIMARY);
        enrol.setDefaultButton(true);
        enrol.disableProperty().bind(model.canSubmitBinding().not());
        enrol.setOnAction(event -> model.enrol());
        ProgressIndicator progress = new ProgressIndicator();
        progress.visibleProperty().bind(model.busyProperty());
        progress.setMaxSize(40, 40);
        HBox actions = new HBox(20, enrol, progress);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = wrapped(new Label());
        message.setId("enrolMessage");
        message.getStyleClass().add(Styles.MESSAGE);
        message.textProperty().bind(model.messageProperty());

        VBox card = new VBox(8, title, intro, caption("Server address"), server,
                caption("Enrolment code, like " + EnrolmentCode.EXAMPLE), code, caption("Name of this kiosk"), name,
                actions, message);
        card.getStyleClass().add(Styles.PANEL);
        card.setMaxWidth(900);
        card.setMaxHeight(USE_PREF_SIZE);
        card.setFillWidth(true);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        setStyle("-fx-padding: 1em;");
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(USE_PREF_SIZE);
        return label;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static Label caption(String text) {
        Label label = wrapped(new Label(text));
        label.getStyleClass().add(Styles.TITLE_M);
        return label;
    }
}
