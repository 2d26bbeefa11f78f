package org.smavs.desktop.dashboard;

import java.util.List;
import org.smavs.model.session.Dashboard;
import org.smavs.model.session.Session;

/** What the dashboard needs from the server (blocking calls; run them through the UiExecutor). */
public interface DashboardBackend {
    Dashboard dashboard();

    List<Session> sessions();
}
