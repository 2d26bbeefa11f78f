package org.smavs.desktop.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionFormTest {

    private static SessionForm form(String title, String lat, String lon, String radius, String duration) {
        return new SessionForm(title, null, null, lat, lon, radius, duration, true, true);
    }

    @Test
    void aTitleAndDurationAreEnough() {
        SessionForm.Checked checked = form("Week 5", "", "", "", "45").check();
        assertThat(checked.ok()).isTrue();
        assertThat(checked.request().title()).isEqualTo("Week 5");
        assertThat(checked.request().durationMinutes()).isEqualTo(45);
        assertThat(checked.request().requireFace()).isTrue();
    }

    @Test
    void aMapPointNeedsBothCoordinatesAndARadius() {
        assertThat(form("T", "51.75", "", "", "60").check().problem()).contains("Latitude");
        assertThat(form("T", "51.75", "-1.25", "", "60").check().problem()).contains("radius");
        SessionForm.Checked ok = form("T", "51,75", "-1.25", "80", "60").check();
        assertThat(ok.ok()).isTrue();
        assertThat(ok.request().latitude()).isEqualTo(51.75);
        assertThat(ok.request().radiusM()).isEqualTo(80.0);
    }

    @Test
    void nonsenseIsExplained() {
        assertThat(form(" ", "", "", "", "60").check().problem()).isEqualTo("Give the session a title.");
        assertThat(form("T", "", "", "", "0").check().problem()).contains("between 1 and 600");
        assertThat(form("T", "", "", "", "abc").check().problem()).contains("whole number");
        assertThat(form("T", "", "", "50", "60").check().problem()).contains("needs a map point");
    }

    @Test
    void noPlaceAtAllIsADeliberateChoiceNotADefault() {
        SessionForm unplaced = new SessionForm("T", 3L, null, "", "", "", "60", false, false);
        assertThat(unplaced.check().problem()).contains("No location check");
        assertThat(new SessionForm("T", 3L, null, "", "", "", "60", false, true).check().ok()).isTrue();
    }

    @Test
    void aRoomReplacesTheMapPoint() {
        SessionForm.Checked checked = new SessionForm("T", 3L, 9L, "", "", "", "60", false, false).check();
        assertThat(checked.ok()).isTrue();
        assertThat(checked.request().roomId()).isEqualTo(9L);
        assertThat(checked.request().courseId()).isEqualTo(3L);
    }
}
