package org.smavs.desktop.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.smavs.desktop.shell.FileDialogs;
import org.smavs.desktop.shell.Fxml;
import org.smavs.desktop.shell.Screen;
import org.smavs.desktop.shell.UiExecutor;

/** The Admin tab: one sub-tab per area, each built the first time it is opened. */
public final class AdminView implements Screen {
    private final AdminBackend backend;
    private final UiExecutor executor;
    private final FileDialogs files;
    private final List<Screen> built = new ArrayList<>();
    private final Parent root;

    @FXML private TabPane tabs;

    public AdminView(AdminBackend backend, UiExecutor executor, FileDialogs files) {
        this.backend = backend;
        this.executor = executor;
        this.files = files;
        this.root = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        lazyTab("adminUsersTab", "Users", () -> new UsersView(new UsersViewModel(backend, executor), files));
        lazyTab("adminResetsTab", "Device resets", () -> new ResetRequestsView(new ResetRequestsViewModel(backend, executor)));
        lazyTab("adminRoomsTab", "Rooms & kiosks", () -> new RoomsKiosksView(new RoomsKiosksViewModel(backend, executor)));
        lazyTab("adminAnalyticsTab", "Analytics", () -> new AnalyticsView(new AnalyticsViewModel(backend, executor)));
        lazyTab("adminAuditTab", "Audit log", () -> new AuditView(new AuditViewModel(backend, executor)));
        lazyTab("adminSettingsTab", "Settings", () -> new SettingsView(new SettingsViewModel(backend, executor)));
    }

    /** Building on first selection keeps the Admin tab from firing six requests nobody looks at. */
    private void lazyTab(String id, String title, Supplier<Screen> factory) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.setClosable(false);
        tab.setOnSelectionChanged(event -> {
            if (tab.isSelected() && tab.getContent() == null) {
                Screen screen = factory.get();
                built.add(screen);
                tab.setContent(screen.root());
            }
        });
        tabs.getTabs().add(tab);
        if (tabs.getTabs().size() == 1) {
            Screen screen = factory.get();
            built.add(screen);
            tab.setContent(screen.root());
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        built.forEach(Screen::dispose);
        built.clear();
    }
}
