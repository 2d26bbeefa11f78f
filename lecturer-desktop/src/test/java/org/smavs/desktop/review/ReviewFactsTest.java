package org.smavs.desktop.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewFactsTest {

    @Test
    void distancesReadAsPeopleSayThem() {
        assertThat(ReviewFacts.distance(80)).isEqualTo("80 m");
        assertThat(ReviewFacts.distance(999.4)).isEqualTo("999 m");
        assertThat(ReviewFacts.distance(1798)).isEqualTo("1.8 km");
        assertThat(ReviewFacts.distance(12_345)).isEqualTo("12.3 km");
    }
}
