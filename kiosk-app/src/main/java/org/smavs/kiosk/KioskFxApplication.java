package org.smavs.kiosk;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** JavaFX's entry point; hands over to {@link KioskApp} at once. */
public final class KioskFxApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(KioskFxApplication.class);

    private KioskApp app;

    @Override
    public void init() throws Exception {
        // init() runs on the launcher thread, so opening files and the camera here keeps the FX thread free
        KioskOptions options = KioskOptions.parse(getParameters().getRaw(), Path.of(System.getProperty("user.home")));
        app = KioskApp.production(options);
    }

    @Override
    public void start(Stage stage) {
        try {
            app.show(stage);
        } catch (RuntimeException e) {
            LOG.error("The kiosk could not start", e);
            Platform.exit();
        }
    }

    @Override
    public void stop() {
        if (app != null) {
            app.stop();
        }
    }
}
