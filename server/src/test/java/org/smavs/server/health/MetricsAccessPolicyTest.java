package org.smavs.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsAccessPolicyTest {

    @Test
    void aConfiguredTokenIsTheOnlyKey() {
        assertThat(MetricsAccessPolicy.allows("s3cret-token", "Bearer s3cret-token", "203.0.113.9", true)).isTrue();
        assertThat(MetricsAccessPolicy.allows("s3cret-token", "Bearer s3cret-tokeN", "127.0.0.1", false)).isFalse();
        assertThat(MetricsAccessPolicy.allows("s3cret-token", null, "127.0.0.1", false)).isFalse();
    }

    @Test
    void withoutATokenOnlyADirectLoopbackPeer() {
        assertThat(MetricsAccessPolicy.allows(null, null, "127.0.0.1", false)).isTrue();
        assertThat(MetricsAccessPolicy.allows(null, null, "[::1]", false)).isTrue();
        assertThat(MetricsAccessPolicy.allows("", null, "0:0:0:0:0:0:0:1", false)).isTrue();
        assertThat(MetricsAccessPolicy.allows(null, null, "127.0.0.1", true)).isFalse();
        assertThat(MetricsAccessPolicy.allows(null, null, "10.0.0.5", false)).isFalse();
        assertThat(MetricsAccessPolicy.allows(null, null, "localhost", false)).as("names are never looked up").isFalse();
    }
}
