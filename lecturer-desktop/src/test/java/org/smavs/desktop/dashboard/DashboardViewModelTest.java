package org.smavs.desktop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smavs.desktop.testing.DirectUiExecutor;
import org.smavs.desktop.testing.FakeBackend;
import org.smavs.desktop.testing.Fixtures;
import org.smavs.model.session.CourseStats;
import org.smavs.model.session.Dashboard;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStatus;

class DashboardViewModelTest {
    private final FakeBackend backend = new FakeBackend();
    private final Clock clock = Clock.fixed(Fixtures.NOW.toInstant(), ZoneOffset.UTC);

    @Test
    void figuresTodaysSessionsAndDailyCheckInsComeFromOneLoad() {
        backend.dashboard = new Dashboard(3, 1, 42, 5, 0.834, List.of(new CourseStats(1L, "CS101", "Algo", 2, 40, 0.9)));
        backend.sessions.add(Fixtures.withCounts(Fixtures.session(1, "Today late", SessionStatus.ACTIVE,
                Fixtures.NOW.plusHours(2)), 10, 1));
        backend.sessions.add(Fixtures.withCounts(Fixtures.session(2, "Today early", SessionStatus.CLOSED,
                Fixtures.NOW.minusHours(3)), 20, 0));
        backend.sessions.add(Fixtures.withCounts(Fixtures.session(3, "Yesterday", SessionStatus.CLOSED,
                Fixtures.NOW.minusDays(1)), 12, 0));
        DashboardViewModel model = new DashboardViewModel(backend, new DirectUiExecutor(), clock);

        model.load();

        assertThat(model.flaggedPendingProperty().get()).isEqualTo("5");
        assertThat(model.averageRateProperty().get()).isEqualTo("83 %");
        assertThat(model.todaysSessions()).extracting(Session::title).containsExactly("Today early", "Today late");
        assertThat(model.checkInsPerDay()).hasSize(DashboardViewModel.HISTORY_DAYS);
        assertThat(model.checkInsPerDay().get(DashboardViewModel.HISTORY_DAYS - 1).count()).isEqualTo(30);
        assertThat(model.checkInsPerDay().get(DashboardViewModel.HISTORY_DAYS - 2).count()).isEqualTo(12);
        assertThat(model.perCourse()).hasSize(1);
    }

    @Test
    void aFailedLoadLeavesPlaceholdersAndOffersRetry() {
        backend.failWith(0, null);
        DashboardViewModel model = new DashboardViewModel(backend, new DirectUiExecutor(), clock);

        model.load();

        assertThat(model.totalSessionsProperty().get()).isEqualTo("–");
        assertThat(model.status().error()).startsWith("Could not load the dashboard. The server cannot be reached");
        model.status().retry();
        assertThat(model.totalSessionsProperty().get()).isEqualTo("0");
    }

    @Test
    void ratesAreShownAsPercentWhicheverScaleTheServerUses() {
        assertThat(DashboardViewModel.percent(0.5)).isEqualTo("50 %");
        assertThat(DashboardViewModel.percent(75.0)).isEqualTo("75 %");
    }
}
