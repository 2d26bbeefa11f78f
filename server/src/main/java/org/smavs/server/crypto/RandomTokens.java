package org.smavs.server.crypto;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable random strings: opaque tokens and human-typeable codes. */
public final class RandomTokens {
    /** No 0/O/1/I/L: codes are read off a projector and typed on phones. */
    private static final char[] READABLE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private final SecureRandom random = new SecureRandom();

    public String opaque(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    public String readableCode(int length) {
        char[] code = new char[length];
        for (int i = 0; i < length; i++) {
            code[i] = READABLE[random.nextInt(READABLE.length)];
        }
        return new String(code);
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public byte[] bytes(int count) {
        byte[] buffer = new byte[count];
        random.nextBytes(buffer);
        return buffer;
    }
}
