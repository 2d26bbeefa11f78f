package org.smavs.kiosk;

import java.io.IOException;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.smavs.kiosk.backend.ApiKioskBackend;
import org.smavs.kiosk.backend.KioskBackend;
import org.smavs.kiosk.camera.CameraPreview;
import org.smavs.kiosk.camera.CameraService;
import org.smavs.kiosk.camera.FrameCoach;
import org.smavs.kiosk.camera.FrameSource;
import org.smavs.kiosk.camera.ImageFolderFrameSource;
import org.smavs.kiosk.camera.OpenCvWebcamDriver;
import org.smavs.kiosk.camera.WebcamFrameSource;
import org.smavs.kiosk.checkin.BurstCapture;
import org.smavs.kiosk.checkin.CheckInService;
import org.smavs.kiosk.checkin.CheckInViewModel;
import org.smavs.kiosk.checkin.PassScanner;
import org.smavs.kiosk.enrol.CredentialStore;
import org.smavs.kiosk.enrol.Enrolment;
import org.smavs.kiosk.enrol.EnrolmentView;
import org.smavs.kiosk.enrol.EnrolmentViewModel;
import org.smavs.kiosk.files.OwnerOnlyFiles;
import org.smavs.kiosk.queue.OfflineQueue;
import org.smavs.kiosk.queue.OfflineSync;
import org.smavs.kiosk.queue.QueueCipher;
import org.smavs.kiosk.queue.SyncSchedule;
import org.smavs.kiosk.session.LastSessionStore;
import org.smavs.kiosk.session.SessionViewModel;
import org.smavs.kiosk.shell.BackgroundUiExecutor;
import org.smavs.kiosk.shell.KioskScreen;
import org.smavs.kiosk.shell.ShellView;
import org.smavs.kiosk.shell.StatusViewModel;
import org.smavs.kiosk.shell.Styles;
import org.smavs.kiosk.shell.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's one composition root: everything is wired here with {@code new}. Tests build it through
 * {@link #create} with their own backend, frame source, executor and clock.
 */
public final class KioskApp {
    private static final Logger LOG = LoggerFactory.getLogger(KioskApp.class);
    static final String REVOKED_MESSAGE = "This kiosk is no longer registered with the server (an administrator"
            + " revoked it). Enter a new enrolment code to use it again.";

    private final KioskOptions options;
    private final KioskBackend backend;
    private final CameraService camera;
    private final UiExecutor executor;
    private final Clock clock;
    private final KioskTuning tuning;
    private final CredentialStore credentials;
    private final OfflineQueue queue;
    private final SyncSchedule sync;
    private final StatusViewModel status = new StatusViewModel();
    private ShellView shell;
    private Timeline ticker;
    private KioskScreen screen;
    private LastSessionStore lastSession;
    /** The server this kiosk was last enrolled with: offered again after a revocation, so nobody retypes it. */
    private String lastServerUrl;

    private KioskApp(KioskOptions options, KioskBackend backend, FrameSource frames, UiExecutor executor,
                     Clock clock, KioskTuning tuning, OfflineQueue queue, Supplier<FrameCoach> coach) {
        this.options = options;
        this.backend = backend;
        this.executor = executor;
        this.clock = clock;
        this.tuning = tuning;
        this.queue = queue;
        this.camera = new CameraService(frames, java.time.Duration.ofSeconds(5), coach);
        if (options.demoCameraDir() != null) {
            // Never let a demo pass for a real camera: the status bar says where the pictures come from.
            status.cameraReadyText("Demo camera: " + frames.describe());
        }
        this.credentials = new CredentialStore(options.dataDir());
        this.sync = new SyncSchedule(new OfflineSync(queue, backend, 5), queue, executor, clock,
                tuning.syncInterval(), status, this::revoked);
    }

    public static KioskApp production(KioskOptions options) throws IOException {
        KioskTuning tuning = KioskTuning.standard();
        FrameSource frames = options.demoCameraDir() != null
                ? new ImageFolderFrameSource(options.demoCameraDir(), tuning.cameraFrameInterval())
                : options.mjpegUrl() != null ? WebcamFrameSource.networkCamera(options.mjpegUrl())
                : options.openCvCameraIndex() != null
                ? WebcamFrameSource.openCv(OpenCvWebcamDriver.camera(options.openCvCameraIndex()))
                : WebcamFrameSource.usbCamera();
        return create(options, new ApiKioskBackend(tuning.requestTimeout()), frames, new BackgroundUiExecutor(3),
                Clock.systemUTC(), tuning);
    }

    /** Opens the data directory and the offline queue (file IO: call it off the FX thread). */
    public static KioskApp create(KioskOptions options, KioskBackend backend, FrameSource frames,
                                  UiExecutor executor, Clock clock, KioskTuning tuning) throws IOException {
        return create(options, backend, frames, executor, clock, tuning, FrameCoach::forKiosk);
    }

    /** With another framing coach: the benchmark compares the kiosk with brightness-only guidance. */
    static KioskApp create(KioskOptions options, KioskBackend backend, FrameSource frames, UiExecutor executor,
                           Clock clock, KioskTuning tuning, Supplier<FrameCoach> coach) throws IOException {
        OwnerOnlyFiles.ensureDirectory(options.dataDir());
        QueueCipher cipher = QueueCipher.fromKeyFile(options.dataDir().resolve("offline-queue.key"), new SecureRandom());
        OfflineQueue queue = OfflineQueue.open(options.dataDir(), cipher);
        return new KioskApp(options, backend, frames, executor, clock, tuning, queue, coach);
    }

    /** Builds the UI and starts the camera, the ticker and the credential lookup. FX thread. */
    public Parent start() {
        shell = new ShellView(status);
        shell.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        camera.start();
        ticker = new Timeline(new KeyFrame(Duration.millis(200), event -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        executor.submit(credentials::load, stored -> stored.ifPresentOrElse(this::showKiosk,
                () -> showEnrolment("")), error -> showEnrolment(""));
        return shell;
    }

    public void show(Stage stage) {
        Scene scene = new Scene(start(), options.width(), options.height());
        stage.setTitle("SMAVS kiosk");
        stage.setScene(scene);
        if (!options.windowed()) {
            // a kiosk: no exit hint and no Esc, so students cannot leave the app
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
        stage.show();
    }

    public void stop() {
        if (ticker != null) {
            ticker.stop();
        }
        if (screen != null) {
            screen.dispose();
        }
        camera.close();
        executor.shutdown();
        try {
            queue.close();
        } catch (IOException e) {
            LOG.warn("Closing the offline queue failed", e);
        }
    }

    private void tick() {
        CameraService.Status cameraStatus = camera.status();
        status.cameraStatus(cameraStatus.available(), cameraStatus.message());
        if (screen != null) {
            screen.tick();
            sync.tick();
        }
    }

    private void showEnrolment(String message) {
        status.kioskLabelProperty().set("");
        status.notEnrolled();
        EnrolmentViewModel model = new EnrolmentViewModel(backend, credentials, executor, defaultKioskName(),
                message, this::showKiosk);
        model.serverUrlProperty().set(lastServerUrl != null ? lastServerUrl : options.serverUrl());
        shell.show(new EnrolmentView(model));
    }

    private void showKiosk(Enrolment enrolment) {
        lastServerUrl = enrolment.serverUrl();
        backend.connect(enrolment.serverUrl(), enrolment.credential());
        status.connecting();
        status.kioskLabelProperty().set(enrolment.credential().name() + " · " + enrolment.credential().roomName());
        lastSession = new LastSessionStore(options.dataDir(), enrolment.credential().kioskId(),
                enrolment.credential().roomId());
        SessionViewModel session = new SessionViewModel(backend, executor, clock, status,
                enrolment.credential().roomName(), this::revoked, lastSession);
        CheckInService service = new CheckInService(backend, queue, clock, new SecureRandom());
        BurstCapture burst = new BurstCapture(camera, tuning.burstFrames(), tuning.burstSpan());
        CheckInViewModel checkIn = new CheckInViewModel(service, camera, burst, new PassScanner(),
                session::activeSessionId, executor, clock, tuning.checkIn(), status, session::refreshSoon,
                this::revoked);
        screen = new KioskScreen(session, checkIn, new CameraPreview(camera), clock, ZoneId.systemDefault());
        shell.show(screen);
        sync.runSoon();
    }

    private void revoked() {
        if (screen == null) {
            return;
        }
        LOG.warn("The server refused this kiosk's credential; back to enrolment");
        screen.dispose();
        screen = null;
        LastSessionStore revokedSession = lastSession;
        executor.submit(() -> {
            credentials.delete();
            revokedSession.forget();
            return true;
        }, deleted -> showEnrolment(REVOKED_MESSAGE), error -> showEnrolment(REVOKED_MESSAGE));
    }

    private static String defaultKioskName() {
        try {
            return "Kiosk " + InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "Classroom kiosk";
        }
    }

    /** For tests: what the kiosk currently shows. */
    KioskScreen screen() {
        return screen;
    }

    CameraService camera() {
        return camera;
    }

    StatusViewModel status() {
        return status;
    }

    OfflineQueue queue() {
        return queue;
    }
}
