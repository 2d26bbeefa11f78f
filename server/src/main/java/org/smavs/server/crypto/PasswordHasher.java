package org.smavs.server.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}).
 * Defaults are OWASP's: 19 MiB, 2 iterations, 1 lane.
 */
public final class PasswordHasher {
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();
    /** Verified against when the account does not exist, so both failures cost the same time. */
    private final String dummyHash;

    public PasswordHasher() {
        this(19_456, 2, 1);
    }

    public PasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.dummyHash = hash("not-a-real-password-" + random.nextLong());
    }

    /**
     * Stored instead of a hash for accounts that have no password yet (imported students who sign in at the kiosk
     * with a PIN, or set a password through a reset): nothing verifies against it.
     */
    public static final String NO_PASSWORD = "!no-password";

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] digest = derive(password, salt, memoryKib, iterations, parallelism, 32);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(digest);
    }

    public boolean verify(String password, String phc) {
        if (password == null) {
            return false;
        }
        if (phc != null && phc.startsWith(SeedPbkdf2.PREFIX)) {
            return SeedPbkdf2.verify(password, phc);
        }
        Parsed parsed = Parsed.of(phc);
        if (parsed == null) {
            // NO_PASSWORD (or a damaged hash): the same effort as a real check, so timing does not tell
            return verifyAgainstDummy(password);
        }
        byte[] actual = derive(password, parsed.salt, parsed.memory, parsed.iterations, parsed.parallelism,
                parsed.hash.length);
        return MessageDigest.isEqual(actual, parsed.hash);
    }

    /** Spends the same effort as a real verification; always false. */
    public boolean verifyAgainstDummy(String password) {
        verify(password == null ? "" : password, dummyHash);
        return false;
    }

    /**
     * A stored hash this server can check: its own Argon2id, or the seed backend's pbkdf2_sha256 (Passlib format),
     * which is replaced by Argon2id at the first sign-in.
     */
    public static boolean isAcceptedHash(String hash) {
        return hash != null && (Parsed.of(hash) != null || SeedPbkdf2.isWellFormed(hash));
    }

    /** True when {@code phc} was made with other parameters than the current ones (rehash on next login). */
    public boolean needsRehash(String phc) {
        Parsed parsed = Parsed.of(phc);
        return parsed == null || parsed.memory != memoryKib || parsed.iterations != iterations
                || parsed.parallelism != parallelism;
    }

    private static byte[] derive(String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory).withIterations(iterations).withParallelism(parallelism)
                .withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    private record Parsed(int memory, int iterations, int parallelism, byte[] salt, byte[] hash) {
        static Parsed of(String phc) {
            if (phc == null) {
                return null;
            }
            String[] parts = phc.split("\\$");
            // ["", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash]
            if (parts.length != 6 || !parts[1].equals("argon2id")) {
                return null;
            }
            try {
                int m = 0;
                int t = 0;
                int p = 0;
                for (String kv : parts[3].split(",")) {
                    String[] pair = kv.split("=");
                    switch (pair[0]) {
                        case "m" -> m = Integer.parseInt(pair[1]);
                        case "t" -> t = Integer.parseInt(pair[1]);
                        case "p" -> p = Integer.parseInt(pair[1]);
                        default -> {
                            return null;
                        }
                    }
                }
                return new Parsed(m, t, p, B64D.decode(parts[4]), B64D.decode(parts[5]));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
