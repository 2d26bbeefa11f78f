package org.smavs.kiosk.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smavs.kiosk.testing.Portraits;
import org.smavs.kiosk.testing.Portraits.Person;

/** The guidance decisions on the two public-domain portraits and pictures made from them, through real OpenCV. */
class HaarFramingCoachTest {
    private static HaarFramingCoach coach;

    @BeforeAll
    static void loadCascade() {
        coach = HaarFramingCoach.load();
    }

    @ParameterizedTest
    @EnumSource(Person.class)
    void aFaceFillingTheOvalIsGood(Person person) {
        assertThat(coach.assess(Portraits.good(person))).isEqualTo(Coaching.OK);
    }

    @Test
    void aSmallFaceIsAskedToComeCloser() {
        assertThat(coach.assess(Portraits.framed(Person.ASTRONAUT, 0.15, 0.5, 0.5))).isEqualTo(Coaching.MOVE_CLOSER);
    }

    /** Below about a sixth of the picture's height the cascade may miss a face: then it asks to face the camera. */
    @ParameterizedTest
    @EnumSource(Person.class)
    void aSmallFaceIsNeverAccepted(Person person) {
        assertThat(coach.assess(Portraits.framed(person, 0.13, 0.5, 0.5)))
                .isIn(Coaching.MOVE_CLOSER, Coaching.FACE_CAMERA);
    }

    @ParameterizedTest
    @EnumSource(Person.class)
    void aFaceFillingThePictureIsAskedToMoveBack(Person person) {
        assertThat(coach.assess(Portraits.framed(person, 0.8, 0.5, 0.5))).isEqualTo(Coaching.MOVE_BACK);
    }

    @ParameterizedTest
    @EnumSource(Person.class)
    void anOffCentreFaceIsAskedIntoTheOval(Person person) {
        assertThat(coach.assess(Portraits.framed(person, 0.32, 0.17, 0.5))).isEqualTo(Coaching.INTO_OVAL);
    }

    @Test
    void twoPeopleSideBySideAreAskedToComeOneAtATime() {
        assertThat(coach.assess(Portraits.sideBySide(Person.ASTRONAUT, Person.GRACE_HOPPER)))
                .isEqualTo(Coaching.ONE_PERSON);
        assertThat(coach.assess(Portraits.sideBySide(Person.GRACE_HOPPER, Person.ASTRONAUT)))
                .isEqualTo(Coaching.ONE_PERSON);
    }

    @ParameterizedTest
    @EnumSource(Person.class)
    void aDarkPictureAsksForLight(Person person) {
        assertThat(coach.assess(Portraits.dark(person))).isEqualTo(Coaching.MORE_LIGHT);
    }

    @Test
    void nobodyInThePictureIsAskedToFaceTheCamera() {
        assertThat(coach.assess(Portraits.noFace())).isEqualTo(Coaching.FACE_CAMERA);
    }

    @Test
    void theOriginalPortraitsAreFoundWithOneFaceEach() {
        for (Person person : Person.values()) {
            assertThat(coach.analyse(person.photo()).faces()).as(person.name()).hasSize(1);
        }
    }

    @Test
    void aHighDefinitionFrameIsJudgedLikeTheSamePictureSmaller() {
        BufferedImage good = Portraits.good(Person.GRACE_HOPPER);
        BufferedImage large = new BufferedImage(1280, 960, BufferedImage.TYPE_INT_RGB);
        large.createGraphics().drawImage(good, 0, 0, 1280, 960, null);
        assertThat(coach.assess(large)).isEqualTo(Coaching.OK);
    }
}
