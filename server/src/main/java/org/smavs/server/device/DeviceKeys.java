package org.smavs.server.device;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Device public keys (base64 X.509 SubjectPublicKeyInfo; Ed25519 or EC P-256) and the signatures a bound
 * device puts on its submissions. EC signatures are accepted DER-encoded (Android, Java) or as the raw
 * 64-byte r‖s form that WebCrypto and iOS produce.
 */
public final class DeviceKeys {
    private DeviceKeys() {
    }

    /** The key, or null when the text is not a supported public key. */
    public static PublicKey parse(String base64) {
        if (base64 == null || base64.isBlank() || base64.length() > 1000) {
            return null;
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (String algorithm : new String[] {"Ed25519", "EC"}) {
            try {
                PublicKey key = KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
                if (key instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() != 256) {
                    return null;
                }
                return key;
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // try the next algorithm
            }
        }
        return null;
    }

    /** The text a device signs for a submission. */
    public static String submissionMessage(long sessionId, long timeStep, long studentId) {
        return sessionId + "|" + timeStep + "|" + studentId;
    }

    public static boolean verify(PublicKey key, String message, String signatureBase64) {
        if (key == null || signatureBase64 == null || signatureBase64.isBlank() || signatureBase64.length() > 400) {
            return false;
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(signatureBase64.trim());
        } catch (IllegalArgumentException e) {
            try {
                signature = Base64.getUrlDecoder().decode(signatureBase64.trim());
            } catch (IllegalArgumentException again) {
                return false;
            }
        }
        byte[] data = message.getBytes(StandardCharsets.UTF_8);
        if (key.getAlgorithm().equals("EC")) {
            return check("SHA256withECDSA", key, data, signature)
                    || signature.length == 64 && check("SHA256withECDSAinP1363Format", key, data, signature);
        }
        return check(key.getAlgorithm(), key, data, signature);
    }

    private static boolean check(String algorithm, PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
