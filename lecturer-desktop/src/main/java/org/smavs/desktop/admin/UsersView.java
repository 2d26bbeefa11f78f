package org.smavs.desktop.admin;

import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.smavs.desktop.shell.CallStatusBar;
import org.smavs.desktop.shell.Cells;
import org.smavs.desktop.shell.Confirmation;
import org.smavs.desktop.shell.CsvFormatDialog;
import org.smavs.desktop.shell.FileDialogs;
import org.smavs.desktop.shell.Fxml;
import org.smavs.desktop.shell.ListenerScope;
import org.smavs.desktop.shell.Screen;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.User;

/** Users table with search, create, (de)activate, role change and CSV import. */
public final class UsersView implements Screen {
    private final UsersViewModel model;
    private final FileDialogs files;
    private final ListenerScope listeners = new ListenerScope();
    private final Parent root;

    @FXML private VBox content;
    @FXML private TextField searchField;
    @FXML private Button refreshButton;
    @FXML private Button newButton;
    @FXML private Button importButton;
    @FXML private TableView<User> table;
    @FXML private TableColumn<User, Long> idColumn;
    @FXML private TableColumn<User, String> emailColumn;
    @FXML private TableColumn<User, String> nameColumn;
    @FXML private TableColumn<User, String> roleColumn;
    @FXML private TableColumn<User, String> numberColumn;
    @FXML private TableColumn<User, String> activeColumn;
    @FXML private TableColumn<User, String> faceColumn;
    @FXML private TableColumn<User, String> deviceColumn;
    @FXML private TableColumn<User, String> signInColumn;
    @FXML private Button ssoButton;
    @FXML private Button totpResetButton;
    @FXML private Button activeButton;
    @FXML private ChoiceBox<Role> roleChoice;
    @FXML private Button roleButton;
    @FXML private Button resetLinkButton;
    @FXML private Button pinButton;

    public UsersView(UsersViewModel model, FileDialogs files) {
        this.model = model;
        this.files = files;
        this.root = Fxml.load(this);
        model.load();
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.searchProperty());
        refreshButton.setOnAction(event -> model.load());
        newButton.setOnAction(event -> {
            var dialog = AdminDialogs.createUser();
            dialog.initOwner(root.getScene().getWindow());
            dialog.showAndWait().ifPresent(model::create);
        });
        importButton.setOnAction(event -> {
            if (explainImportFormat()) {
                files.chooseFileToOpen("Import students (CSV)", "csv").ifPresent(model::importCsv);
            }
        });

        idColumn.setCellValueFactory(Cells.value(User::id));
        emailColumn.setCellValueFactory(Cells.value(User::email));
        nameColumn.setCellValueFactory(Cells.value(User::fullName));
        roleColumn.setCellValueFactory(Cells.value(user -> Cells.sentenceCase(user.role().wire())));
        numberColumn.setCellValueFactory(Cells.value(User::studentNumber));
        activeColumn.setCellValueFactory(Cells.value(user -> user.isActive() ? "active" : "deactivated"));
        faceColumn.setCellValueFactory(Cells.value(user -> user.faceEnrolled() ? "enrolled" : "–"));
        deviceColumn.setCellValueFactory(Cells.value(user -> user.deviceBound() ? "bound" : "–"));
        signInColumn.setCellValueFactory(Cells.value(user -> user.ssoOnly() ? "single sign-on only"
                : user.totpEnabled() ? "password + code" : "password"));
        table.setItems(model.visibleUsers());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));

        roleChoice.getItems().setAll(Role.values());
        listeners.watch(model.selectedProperty(), user -> {
            boolean none = user == null;
            activeButton.setDisable(none);
            roleChoice.setDisable(none);
            roleButton.setDisable(none);
            resetLinkButton.setDisable(none);
            pinButton.setDisable(none || user.role() != Role.STUDENT);
            activeButton.setText(none || user.isActive() ? "Deactivate" : "Re-activate");
            ssoButton.setDisable(none);
            ssoButton.setText(!none && user.ssoOnly() ? "Allow password" : "Make SSO-only");
            totpResetButton.setDisable(none || !user.totpEnabled());
            if (!none) {
                roleChoice.setValue(user.role());
            }
        });
        activeButton.setOnAction(event -> model.setActive(!model.selectedProperty().get().isActive()));
        roleButton.setOnAction(event -> model.changeRole(roleChoice.getValue()));
        resetLinkButton.setOnAction(event -> model.sendPasswordLink());
        ssoButton.setOnAction(event -> model.setSingleSignOnOnly(!model.selectedProperty().get().ssoOnly()));
        totpResetButton.setOnAction(event -> {
            User user = model.selectedProperty().get();
            if (Confirmation.ask(root.getScene().getWindow(), "Second factor", "Remove the second factor of "
                    + user.fullName() + "?", "They sign in with their password alone until they set up an "
                    + "authenticator again. Do this only when you are sure who asked (they lost their phone and "
                    + "recovery codes).", "Remove", "confirmRemoveSecondFactor")) {
                model.resetSecondFactor();
            }
        });
        pinButton.setOnAction(event -> {
            var dialog = AdminDialogs.setPin(model.selectedProperty().get().fullName());
            dialog.initOwner(root.getScene().getWindow());
            dialog.showAndWait().ifPresent(model::setPin);
        });
        listeners.watch(model.lastImportProperty(), this::showImportReport);
        content.getChildren().add(importProgress());
        content.getChildren().add(new CallStatusBar(model.status()));
    }

    /** A progress bar and "Importing students: 40 of 120 lines", shown while an import runs on the server. */
    private HBox importProgress() {
        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(240);
        Label text = new Label();
        HBox row = new HBox(8, bar, text);
        row.setId("importProgress");
        row.setAlignment(Pos.CENTER_LEFT);
        row.managedProperty().bind(row.visibleProperty());
        row.setVisible(false);
        listeners.watch(model.runningImportProperty(), job -> {
            row.setVisible(job != null);
            if (job != null) {
                bar.setProgress(UsersViewModel.progressOf(job));
                text.setText(UsersViewModel.progressText(job));
            }
        });
        return row;
    }

    /** Shows the columns the import reads, with an example, before the file is chosen; false when cancelled. */
    private boolean explainImportFormat() {
        return CsvFormatDialog.explain(root.getScene().getWindow(), "Import students", "A CSV file with a header line. "
                        + "email and full_name are required; the other columns may be left out or empty.",
                UsersViewModel.IMPORT_COLUMNS, UsersViewModel.IMPORT_EXAMPLE, "importFormat", "chooseImportFile");
    }

    private void showImportReport(ImportResult result) {
        if (result == null || result.errors().isEmpty()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle("Import report");
        alert.setHeaderText(UsersViewModel.summary(result));
        TextArea lines = new TextArea(result.errors().stream()
                .map(error -> "Line " + error.line() + ": " + error.message()).collect(Collectors.joining("\n")));
        lines.setEditable(false);
        lines.setId("importErrors");
        alert.getDialogPane().setContent(lines);
        alert.show();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        listeners.close();
        searchField.textProperty().unbindBidirectional(model.searchProperty());
    }
}
