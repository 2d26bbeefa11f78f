package org.smavs.kiosk.shell;

import java.time.Clock;
import java.time.ZoneId;
import javafx.beans.value.ChangeListener;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.smavs.kiosk.camera.CameraPreview;
import org.smavs.kiosk.checkin.CheckInView;
import org.smavs.kiosk.checkin.CheckInViewModel;
import org.smavs.kiosk.checkin.ResultView;
import org.smavs.kiosk.session.IdleView;
import org.smavs.kiosk.session.SessionState;
import org.smavs.kiosk.session.SessionView;
import org.smavs.kiosk.session.SessionViewModel;

/**
 * The enrolled kiosk: idle screen when no class runs; otherwise session (QR) on the left and check-in
 * (camera) on the right, with the result laid over both.
 */
public final class KioskScreen extends StackPane {
    private final SessionViewModel session;
    private final CheckInViewModel checkIn;
    private final SessionView sessionView;
    private final IdleView idleView;
    private final CameraPreview preview;
    private final ResultView resultView;
    private final ChangeListener<SessionState> stateListener;

    public KioskScreen(SessionViewModel session, CheckInViewModel checkIn, CameraPreview preview, Clock clock,
                       ZoneId zone) {
        this.session = session;
        this.checkIn = checkIn;
        this.preview = preview;
        setId("kioskScreen");
        sessionView = new SessionView(session);
        CheckInView checkInView = new CheckInView(checkIn, preview);
        HBox.setHgrow(checkInView, Priority.ALWAYS);
        checkInView.setPrefWidth(0);
        HBox active = new HBox(18, sessionView, checkInView);
        active.setStyle("-fx-padding: 0.8em;");
        // a fixed 44 % for the session side, whatever the check-in side shows: the QR must not jump
        sessionView.minWidthProperty().bind(active.widthProperty().multiply(0.44));
        sessionView.maxWidthProperty().bind(sessionView.minWidthProperty());
        idleView = new IdleView(session, clock, zone);
        resultView = new ResultView(checkIn);
        getChildren().addAll(idleView, active, resultView);

        stateListener = (obs, old, state) -> {
            boolean running = state == SessionState.ACTIVE;
            active.setVisible(running);
            idleView.setVisible(!running);
            if (running) {
                preview.start();
            } else {
                preview.stop();
            }
        };
        session.stateProperty().addListener(stateListener);
        stateListener.changed(null, null, session.stateProperty().get());
    }

    public void tick() {
        session.tick();
        checkIn.tick();
        idleView.tick();
    }

    public void dispose() {
        session.stop();
        preview.stop();
        session.stateProperty().removeListener(stateListener);
        sessionView.dispose();
        resultView.dispose();
    }

    public SessionViewModel sessionModel() {
        return session;
    }

    public CheckInViewModel checkInModel() {
        return checkIn;
    }
}
