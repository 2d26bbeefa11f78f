package org.smavs.desktop.report;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.smavs.model.session.Session;

/** "Export CSV" / "Export PDF" buttons with a progress bar while the export downloads. */
public final class ExportControls extends HBox {

    public ExportControls(ExportViewModel model, ObservableValue<Session> session, BooleanExpression noSession) {
        setSpacing(8);
        Button csv = new Button("Export CSV…");
        csv.setId("exportCsvButton");
        Button pdf = new Button("Export PDF…");
        pdf.setId("exportPdfButton");
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(model.status().busyProperty());
        progress.managedProperty().bind(model.status().busyProperty());
        csv.disableProperty().bind(noSession.or(model.status().busyProperty()));
        pdf.disableProperty().bind(noSession.or(model.status().busyProperty()));
        csv.setOnAction(event -> model.export(session.getValue(), ExportViewModel.Format.CSV));
        pdf.setOnAction(event -> model.export(session.getValue(), ExportViewModel.Format.PDF));
        getChildren().addAll(csv, pdf, progress);
    }
}
