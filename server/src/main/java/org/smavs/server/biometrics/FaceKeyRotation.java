package org.smavs.server.biometrics;

import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.server.persistence.Database;

/**
 * Re-seals, under the current SMAVS_FACE_KEY and the current format, every face template sealed with a
 * previous key or an older format (the hourly maintenance job after an operator rotates the key). Walks the
 * table by id; each template is re-sealed in a transaction of its own, so one that cannot be (no configured
 * key opens it, corrupt, deleted by a re-enrolment meanwhile) is logged and skipped without holding up the
 * others. Record embeddings are not re-sealed: they serve the duplicate-face check of a running session and
 * still open under previous keys until retention removes them.
 */
public final class FaceKeyRotation {
    private static final Logger LOG = LoggerFactory.getLogger(FaceKeyRotation.class);
    private static final int BATCH = 200;

    private final Database database;
    private final FaceTemplates templates;

    public FaceKeyRotation(Database database, FaceTemplates templates) {
        this.database = database;
        this.templates = templates;
    }

    /** @return how many templates were re-sealed */
    public int resealOutdatedTemplates() {
        String current = templates.currentPrefix();
        int resealed = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> outdated = database.inTransaction(session -> session.createSelectionQuery(
                            "select t.id from FaceTemplateEntity t where t.id > :after "
                                    + "and t.templateCiphertext not like :prefix order by t.id", Long.class)
                    .setParameter("after", from).setParameter("prefix", current + "%")
                    .setMaxResults(BATCH).getResultList());
            if (outdated.isEmpty()) {
                break;
            }
            for (long id : outdated) {
                resealed += resealOne(id, session -> {
                    FaceTemplateEntity template = session.find(FaceTemplateEntity.class, id);
                    if (template == null || !templates.needsReseal(template)) {
                        return false; // gone, or another instance got there first
                    }
                    templates.reseal(template);
                    return true;
                });
            }
            after = outdated.get(outdated.size() - 1);
        }
        if (resealed > 0) {
            LOG.info("Re-sealed {} face templates under the current face key", resealed);
        }
        return resealed;
    }

    private int resealOne(long id, Function<Session, Boolean> work) {
        try {
            return database.inTransaction(work::apply) ? 1 : 0;
        } catch (RuntimeException e) {
            LOG.warn("Face template {} cannot be re-sealed under the current key: {}", id, e.getMessage());
            return 0;
        }
    }
}
