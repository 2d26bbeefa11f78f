package org.smavs.desktop.review;

import java.util.List;
import java.util.Optional;
import org.smavs.model.excuse.Excuse;

/** What the excuse queue needs from the server (blocking calls; run them through the UiExecutor). */
public interface ExcuseBackend {
    /** The caller's sessions' excuses; {@code status} pending, approved, rejected or all. */
    List<Excuse> excuses(String status);

    /** The evidence file, or empty when there is none (any more). */
    Optional<byte[]> excuseEvidence(long excuseId);

    /** {@code decision}: approve or reject (a note is required to reject). */
    Excuse decideExcuse(long excuseId, String decision, String note);
}
