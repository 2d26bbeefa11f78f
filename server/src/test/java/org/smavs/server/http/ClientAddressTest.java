package org.smavs.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private final ClientAddress behindCampusProxies = ClientAddress.trusting(List.of("10.0.0.0/8", "192.0.2.7", "::1"));
    private final ClientAddress noProxies = ClientAddress.trusting(List.of());

    @Test
    void withoutTrustTheHeaderIsIgnored() {
        assertThat(noProxies.resolve("203.0.113.9", "10.9.9.9", false)).isEqualTo("203.0.113.9");
    }

    @Test
    void aHeaderFromAnUntrustedPeerIsIgnored() {
        assertThat(behindCampusProxies.resolve("203.0.113.9", "1.2.3.4", false)).isEqualTo("203.0.113.9");
    }

    @Test
    void theClientIsTheRightMostAddressThatIsNotATrustedProxy() {
        // The client typed "1.1.1.1" itself; the proxies appended what they saw.
        assertThat(behindCampusProxies.resolve("10.0.0.2", "1.1.1.1, 198.51.100.20, 10.0.0.5", false))
                .isEqualTo("198.51.100.20");
        assertThat(behindCampusProxies.resolve("192.0.2.7", "198.51.100.20", false)).isEqualTo("198.51.100.20");
        assertThat(behindCampusProxies.resolve("::1", "2001:db8::5", false)).isEqualTo("2001:db8::5");
    }

    @Test
    void theOlderSwitchTrustsExactlyOneProxyHop() {
        assertThat(noProxies.resolve("172.16.0.1", "1.1.1.1, 198.51.100.20", true)).isEqualTo("198.51.100.20");
    }

    @Test
    void garbageInTheChainStopsTheWalk() {
        assertThat(behindCampusProxies.resolve("10.0.0.2", "evil.example, 198.51.100.20", false))
                .isEqualTo("198.51.100.20");
        assertThat(behindCampusProxies.resolve("10.0.0.2", "<script>", false)).isEqualTo("10.0.0.2");
        assertThat(behindCampusProxies.resolve("10.0.0.2", "", false)).isEqualTo("10.0.0.2");
    }

    @Test
    void onlyProxiesAllTheWayMeansTheLeftMostHop() {
        assertThat(behindCampusProxies.resolve("10.0.0.2", "10.1.1.1, 10.0.0.3", false)).isEqualTo("10.1.1.1");
    }

    @Test
    void aBadListEntryStopsStartUpWithItsName() {
        assertThatThrownBy(() -> ClientAddress.trusting(List.of("proxy.campus.example")))
                .hasMessageContaining("SMAVS_TRUSTED_PROXIES").hasMessageContaining("proxy.campus.example");
        assertThatThrownBy(() -> ClientAddress.trusting(List.of("10.0.0.0/40"))).hasMessageContaining("prefix");
    }
}
