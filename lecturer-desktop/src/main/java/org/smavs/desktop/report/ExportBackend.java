package org.smavs.desktop.report;

/** Session exports as the server renders them. */
public interface ExportBackend {
    byte[] exportCsv(long sessionId);

    byte[] exportPdf(long sessionId);
}
