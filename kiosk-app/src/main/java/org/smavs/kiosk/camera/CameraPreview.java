package org.smavs.kiosk.camera;

import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Ellipse;
import org.smavs.kiosk.shell.Styles;

/**
 * Live camera picture with a face-framing oval and coaching. Pulls the latest frame once per FX pulse (no
 * runLater per frame) and copies it into one reused {@link WritableImage}. Mirrored, like a mirror, so
 * "turn left" means the student's left. The oval turns green (and solid) while the framing guidance, computed off
 * this thread by the {@link CameraService}, calls the picture good; otherwise the advice shows under it.
 */
public final class CameraPreview extends StackPane {
    private static final long COACHING_EVERY_NANOS = 250_000_000L;

    private final CameraService camera;
    private final ImageView view = new ImageView();
    private final Label coaching = new Label();
    private final Label missing = new Label();
    private final Ellipse oval = new Ellipse();
    private WritableImage image;
    private long shownSequence = -1;
    private long lastCoachingAt;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            refresh(now);
        }
    };

    public CameraPreview(CameraService camera) {
        this.camera = camera;
        setId("cameraPreview");
        getStyleClass().add(Styles.CAMERA_BOX);
        setMinSize(160, 120);
        view.setPreserveRatio(true);
        view.setScaleX(-1);
        view.fitWidthProperty().bind(widthProperty());
        view.fitHeightProperty().bind(heightProperty());
        oval.getStyleClass().add(Styles.FACE_OVAL);
        oval.radiusYProperty().bind(heightProperty().multiply(0.36));
        oval.radiusXProperty().bind(oval.radiusYProperty().multiply(0.75));
        oval.setMouseTransparent(true);
        oval.setId("faceOval");
        coaching.setId("coaching");
        coaching.getStyleClass().add(Styles.COACHING);
        StackPane.setAlignment(coaching, Pos.BOTTOM_CENTER);
        coaching.setTranslateY(-14);
        missing.setId("cameraMissing");
        missing.getStyleClass().add(Styles.CAMERA_MISSING);
        missing.setMaxWidth(520);
        getChildren().addAll(view, oval, coaching, missing);
        showStatus();
    }

    public void start() {
        pulse.start();
    }

    public void stop() {
        pulse.stop();
    }

    private void refresh(long now) {
        Frame frame = camera.latest();
        if (frame != null && frame.sequence() != shownSequence) {
            shownSequence = frame.sequence();
            // toFXImage writes into the given image when the size matches, else returns a new one
            WritableImage target = SwingFXUtils.toFXImage(frame.image(), image);
            if (target != image) {
                image = target;
                view.setImage(image);
            }
        }
        if (now - lastCoachingAt > COACHING_EVERY_NANOS) {
            lastCoachingAt = now;
            showStatus();
        }
    }

    private void showStatus() {
        CameraService.Status status = camera.status();
        boolean available = status.available() && camera.latest() != null;
        view.setVisible(available);
        oval.setVisible(available);
        missing.setVisible(!available);
        missing.setText(status.available() ? "Starting the camera…"
                : "No camera picture.\n" + status.message() + ".");
        Coaching advice = available ? camera.coaching() : Coaching.OK;
        coaching.setText(advice.message());
        coaching.setVisible(advice != Coaching.OK);
        boolean good = available && advice == Coaching.OK;
        if (good != oval.getStyleClass().contains(Styles.FACE_OVAL_GOOD)) {
            if (good) {
                oval.getStyleClass().add(Styles.FACE_OVAL_GOOD);
            } else {
                oval.getStyleClass().remove(Styles.FACE_OVAL_GOOD);
            }
        }
    }
}
