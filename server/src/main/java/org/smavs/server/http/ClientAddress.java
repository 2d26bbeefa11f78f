package org.smavs.server.http;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who the client is when requests may come through proxies. {@code X-Forwarded-For} is a list each proxy
 * appends to, so only its right-hand end was written by proxies we run; anything to the left of the first
 * untrusted hop may be typed by the client ("X-Forwarded-For: 10.0.0.1" to dodge the per-address sign-in limit).
 * The client is therefore the right-most address that is not a trusted proxy. Pure.
 */
final class ClientAddress {
    private static final Pattern IP_LITERAL = Pattern.compile("^[0-9A-Fa-f.:]{2,45}$");

    private final List<Range> trustedProxies;

    private ClientAddress(List<Range> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /**
     * {@code trusted}: addresses or CIDR ranges of the proxies in front of the server ("10.0.0.0/8",
     * "192.0.2.7", "::1"). {@code trustAnyDirectPeer} keeps the older SMAVS_TRUST_PROXY=true meaning: the
     * direct peer is one trusted proxy, whatever its address.
     */
    static ClientAddress trusting(List<String> trusted) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : trusted) {
            ranges.add(Range.parse(entry.strip()));
        }
        return new ClientAddress(List.copyOf(ranges));
    }

    /** The client's address, given the TCP peer and the X-Forwarded-For header (may be null). */
    String resolve(String peer, String forwardedFor, boolean trustAnyDirectPeer) {
        if (!trustAnyDirectPeer && !isTrusted(peer)) {
            return peer;
        }
        if (forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!IP_LITERAL.matcher(hop).matches()) {
                // Garbage in the chain: the last trustworthy statement is the hop to its right (or the peer).
                return i == hops.length - 1 ? peer : hops[i + 1].strip();
            }
            if (!isTrusted(hop) || i == 0) {
                return hop;
            }
        }
        return peer;
    }

    private boolean isTrusted(String address) {
        BigInteger value = Range.numeric(address);
        return value != null && trustedProxies.stream().anyMatch(range -> range.contains(value, address));
    }

    private record Range(BigInteger network, int prefix, boolean ipv6) {
        static Range parse(String text) {
            String[] parts = text.split("/", 2);
            BigInteger address = numeric(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("SMAVS_TRUSTED_PROXIES: '" + text + "' is not an IP address or range");
            }
            boolean ipv6 = parts[0].contains(":");
            int bits = ipv6 ? 128 : 32;
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("SMAVS_TRUSTED_PROXIES: bad prefix length in '" + text + "'");
            }
            return new Range(address.shiftRight(bits - prefix), prefix, ipv6);
        }

        boolean contains(BigInteger address, String text) {
            if (text.contains(":") != ipv6) {
                return false;
            }
            return address.shiftRight((ipv6 ? 128 : 32) - prefix).equals(network);
        }

        /** The address as a number, or null; literals only, so no DNS look-up can happen here. */
        static BigInteger numeric(String text) {
            if (text == null || !IP_LITERAL.matcher(text).matches()) {
                return null;
            }
            try {
                return new BigInteger(1, InetAddress.getByName(text).getAddress());
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}
