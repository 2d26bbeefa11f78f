package org.smavs.desktop.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import java.net.URI;
import java.util.function.Consumer;
import javafx.application.HostServices;
import javafx.stage.Stage;
import org.smavs.desktop.login.ApiSignInService;
import org.smavs.desktop.login.SignInService;

/** What differs between the real app and a UI test: where settings live, file dialogs, threads, clock, browser. */
public record DesktopConfig(Path settingsFile, Clock clock, Supplier<UiExecutor> executor,
                            Function<Stage, FileDialogs> fileDialogs, SignInService signIn,
                            Function<HostServices, Consumer<URI>> browser) {

    public static DesktopConfig defaults() {
        return new DesktopConfig(DesktopSettingsStore.defaultFile(), Clock.systemDefaultZone(),
                () -> new BackgroundUiExecutor(4), stage -> new FxFileDialogs(() -> stage),
                new ApiSignInService(Duration.ofSeconds(15)), host -> uri -> host.showDocument(uri.toString()));
    }

    public DesktopConfig withSettingsFile(Path file) {
        return new DesktopConfig(file, clock, executor, fileDialogs, signIn, browser);
    }

    public DesktopConfig withFileDialogs(FileDialogs dialogs) {
        return new DesktopConfig(settingsFile, clock, executor, stage -> dialogs, signIn, browser);
    }

    /** Another way to open the university's sign-in page than the system browser (a test plays the browser). */
    public DesktopConfig withBrowser(Consumer<URI> opener) {
        return new DesktopConfig(settingsFile, clock, executor, fileDialogs, signIn, host -> opener);
    }
}
