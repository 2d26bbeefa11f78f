package org.smavs.desktop.shell;

import java.time.Clock;
import org.smavs.desktop.admin.AdminView;
import org.smavs.desktop.course.CourseStudentsViewModel;
import org.smavs.desktop.course.CoursesView;
import org.smavs.desktop.course.CoursesViewModel;
import org.smavs.desktop.course.TimetableViewModel;
import org.smavs.desktop.dashboard.DashboardView;
import org.smavs.desktop.dashboard.DashboardViewModel;
import org.smavs.desktop.report.ExportViewModel;
import org.smavs.desktop.review.ExcusesView;
import org.smavs.desktop.review.ExcusesViewModel;
import org.smavs.desktop.review.ReviewView;
import org.smavs.desktop.review.ReviewViewModel;
import org.smavs.desktop.session.LiveFeed;
import org.smavs.desktop.session.ProjectorView;
import org.smavs.desktop.session.ProjectorViewModel;
import org.smavs.desktop.session.RosterView;
import org.smavs.desktop.session.RosterViewModel;
import org.smavs.desktop.session.SessionsView;
import org.smavs.desktop.session.SessionsViewModel;
import org.smavs.desktop.session.WebSocketLiveFeed;
import org.smavs.model.session.Session;

/**
 * The per-login half of the composition root: wires each screen to the backend of the signed-in user.
 * Created by {@link DesktopApp} at sign-in and dropped at sign-out.
 */
public final class SignedInScreens {
    private final UiExecutor executor;
    private final FileDialogs files;
    private final Clock clock;
    private final ApiBackend backend;
    private final LiveFeed liveFeed;
    private final boolean admin;
    private final org.smavs.model.auth.User user;

    public SignedInScreens(SignedInSession session, UiExecutor executor, FileDialogs files, Clock clock) {
        this.executor = executor;
        this.files = files;
        this.clock = clock;
        this.backend = new ApiBackend(session.client());
        this.liveFeed = new WebSocketLiveFeed(session.client(), session::accessToken, executor);
        this.admin = session.isAdmin();
        this.user = session.user();
    }

    public boolean showsAdmin() {
        return admin;
    }

    public Screen dashboard() {
        return new DashboardView(new DashboardViewModel(backend, executor, clock));
    }

    public Screen sessions(Navigator navigator) {
        return new SessionsView(new SessionsViewModel(backend, executor), new ExportViewModel(backend, files, executor),
                navigator, session -> roster(session, navigator), clock);
    }

    public Screen roster(Session session, Navigator navigator) {
        RosterViewModel roster = new RosterViewModel(session, backend, liveFeed, executor);
        return new RosterView(roster, navigator,
                () -> new ProjectorView(new ProjectorViewModel(session.id(), backend, executor, clock), roster));
    }

    public Screen review() {
        return new ReviewView(new ReviewViewModel(backend, executor));
    }

    public Screen excuses() {
        return new ExcusesView(new ExcusesViewModel(backend, executor), files);
    }

    public Screen courses() {
        CoursesViewModel courses = new CoursesViewModel(backend, executor, user, admin);
        return new CoursesView(courses, new CourseStudentsViewModel(backend, executor, courses::replace),
                new TimetableViewModel(backend, executor, admin), files, clock);
    }

    /** The header's "E-mail notifications" box, read fresh from the server. */
    public EmailNotificationsViewModel emailNotifications() {
        EmailNotificationsViewModel model = new EmailNotificationsViewModel(backend, executor, user);
        model.load();
        return model;
    }

    public Screen admin() {
        return new AdminView(backend, executor, files);
    }
}
