package org.smavs.server.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "audit_events")
public class AuditEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "actor_role")
    private String actorRole;
    @Column(nullable = false)
    private String action;
    @Column(name = "target_type")
    private String targetType;
    @Column(name = "target_id")
    private String targetId;
    private String detail;
    @Column(name = "request_id")
    private String requestId;
    private String ip;
    @Column(name = "prev_hash", nullable = false)
    private String prevHash;
    @Column(nullable = false)
    private String hash;
    /** Gap-free event number since the chain was keyed; null for older events. */
    private Long seq;
    @Column(name = "key_id")
    private String keyId;

    protected AuditEventEntity() {
    }

    AuditEventEntity(AuditFields fields, long seq, String keyId, String prevHash, String hash) {
        this(fields, prevHash, hash);
        this.seq = seq;
        this.keyId = keyId;
    }

    private AuditEventEntity(AuditFields fields, String prevHash, String hash) {
        this.occurredAt = fields.occurredAt();
        this.actorId = fields.actorId();
        this.actorRole = fields.actorRole();
        this.action = fields.action();
        this.targetType = fields.targetType();
        this.targetId = fields.targetId();
        this.detail = fields.detail();
        this.requestId = fields.requestId();
        this.ip = fields.ip();
        this.prevHash = prevHash;
        this.hash = hash;
    }

    AuditFields fields() {
        return new AuditFields(occurredAt, actorId, actorRole, action, targetType, targetId, detail, requestId, ip);
    }

    public Long getId() {
        return id;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }

    Long getSeq() {
        return seq;
    }

    String getKeyId() {
        return keyId;
    }
}
