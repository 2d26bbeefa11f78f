package org.smavs.server.excuse;

import java.nio.charset.StandardCharsets;
import org.smavs.server.error.PayloadTooLargeException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.upload.ImageUploads;

/**
 * What an excuse's evidence may be, judged by its content (never by a name or a declared type): a PDF (header
 * {@code %PDF-} and an end-of-file marker near the end), or a JPEG/PNG picture that really decodes, as selfies are
 * checked.
 */
final class ExcuseEvidence {
    static final String PDF = "application/pdf";

    private ExcuseEvidence() {
    }

    /** The content type of acceptable evidence, or an exception saying in words why it is refused. */
    static String contentTypeOf(byte[] data, long maxBytes, ImageUploads images) {
        if (data.length > maxBytes) {
            throw new PayloadTooLargeException("evidence is larger than the " + maxBytes / (1024 * 1024) + " MB limit");
        }
        if (looksLikePdf(data)) {
            return PDF;
        }
        if (ImageUploads.sniff(data) != null) {
            return images.check("evidence", data).contentType();
        }
        throw new RuleViolationException("EVIDENCE_INVALID", "evidence must be a PDF, JPEG or PNG file");
    }

    static boolean looksLikePdf(byte[] data) {
        if (data.length < 16 || !new String(data, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return false;
        }
        int from = Math.max(0, data.length - 1024);
        return new String(data, from, data.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }
}
