package org.smavs.desktop.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.smavs.desktop.login.ApiSignInService;
import org.smavs.desktop.login.SignInService;

/** What differs between the real app and a UI test: where settings live, file dialogs, threads, clock. */
public record DesktopConfig(Path settingsFile, Clock clock, Supplier<UiExecutor> executor,
                            Function<Stage, FileDialogs> fileDialogs, SignInService signIn) {

    public static DesktopConfig defaults() {
        return new DesktopConfig(DesktopSettingsStore.defaultFile(), Clock.systemDefaultZone(),
                () -> new BackgroundUiExecutor(4), stage -> new FxFileDialogs(() -> stage),
                new ApiSignInService(Duration.ofSeconds(15)));
    }

    public DesktopConfig withSettingsFile(Path file) {
        return new DesktopConfig(file, clock, executor, fileDialogs, signIn);
    }

    public DesktopConfig withFileDialogs(FileDialogs dialogs) {
        return new DesktopConfig(settingsFile, clock, executor, stage -> dialogs, signIn);
    }
}
