package org.smavs.server.device;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.smavs.server.user.UserEntity;
import org.hibernate.Session;
import org.smavs.model.admin.ApproveResetRequest;
import org.smavs.model.admin.ResetRequest;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.device.CheckinPass;
import org.smavs.model.device.Device;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.error.FieldError;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.identity.Actor;
import org.smavs.server.error.ConflictException;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.persistence.Database;
import org.smavs.server.persistence.UniqueViolations;

/** Device binding for students, device-reset decisions for admins, and check-in passes. */
public final class DeviceService {
    /** UNIQUE (active_imei): the database decides races between two accounts binding one device id. */
    static final String ONE_ACCOUNT_PER_DEVICE = "uq_devices_active_imei";
    private final Database database;
    private final DeviceRepository devices;
    private final CheckinPasses passes;
    private final AuditLog audit;
    private final Clock clock;

    public DeviceService(Database database, DeviceRepository devices, CheckinPasses passes, AuditLog audit, Clock clock) {
        this.database = database;
        this.devices = devices;
        this.passes = passes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Exactly one of: the bound device, a reset request sent to an admin, the account the device belongs to. */
    private record BindOutcome(Device device, Long resetRequestId, Long boundToOtherAccount) {
        static BindOutcome bound(Device device) {
            return new BindOutcome(device, null, null);
        }
    }

    /**
     * Binds the caller's first device, or confirms the bound one. A different device (or a different key for
     * the bound one) is not bound: a pending reset request is stored for an admin and the caller gets 409.
     */
    public Device bind(BindDeviceRequest request, Actor actor) {
        String imei = validate(request);
        String publicKey = request.publicKey() == null || request.publicKey().isBlank() ? null : request.publicKey().trim();
        Instant now = clock.instant();
        BindOutcome outcome;
        try {
            outcome = bindInTransaction(request, actor, imei, publicKey, now);
        } catch (RuntimeException e) {
            if (UniqueViolations.isViolationOf(e, ONE_ACCOUNT_PER_DEVICE)) {
                throw deviceShared(); // another account bound this device id at the same moment
            }
            if (UniqueViolations.isViolationOf(e, "uq_devices_active_user")) {
                // Two first binds raced; the other one won. The caller retries and learns which device is bound.
                throw new ConflictException(ErrorCodes.DEVICE_ALREADY_BOUND, "Another device was bound at the same moment");
            }
            throw e;
        }
        if (outcome.boundToOtherAccount() != null) {
            throw deviceShared();
        }
        if (outcome.resetRequestId() != null) {
            throw new ConflictException(ErrorCodes.DEVICE_ALREADY_BOUND, "Another device is bound to your account. "
                    + "A reset request (#" + outcome.resetRequestId() + ") was sent to an administrator.");
        }
        return outcome.device();
    }

    private BindOutcome bindInTransaction(BindDeviceRequest request, Actor actor, String imei, String publicKey,
                                          Instant now) {
        return database.inTransaction(session -> {
            DeviceEntity active = devices.activeDevice(session, actor.userId());
            boolean ownDevice = active != null && active.getImei().equals(imei);
            Long otherAccount = ownDevice ? null : devices.otherAccountBoundTo(session, imei, actor.userId());
            if (otherAccount != null) {
                // Refused, and kept for the admin: two accounts on one phone is how proxy check-ins are done.
                audit.record(session, actor, "device.shared", "user", otherAccount,
                        "device already bound to user " + otherAccount);
                return new BindOutcome(null, null, otherAccount);
            }
            if (active == null) {
                DeviceEntity device = new DeviceEntity(actor.userId(), imei, publicKey, request.platform(),
                        request.model(), now);
                session.persist(device);
                audit.record(session, actor, "device.bind", "device", device.getId(), "first device");
                return BindOutcome.bound(devices.toModel(device));
            }
            boolean sameKey = publicKey == null || active.getPublicKey() == null || publicKey.equals(active.getPublicKey());
            if (active.getImei().equals(imei) && sameKey) {
                if (publicKey != null && active.getPublicKey() == null) {
                    active.setPublicKey(publicKey);
                    audit.record(session, actor, "device.key_added", "device", active.getId(), null);
                }
                return BindOutcome.bound(devices.toModel(active));
            }
            return new BindOutcome(null, requestReset(session, actor, active, imei, publicKey, request, now), null);
        });
    }

    private long requestReset(Session session, Actor actor, DeviceEntity active, String imei, String publicKey,
                              BindDeviceRequest request, Instant now) {
        // Reset requests of one student queue behind the lock on their bound device, so concurrent binds see
        // each other's request instead of racing for the one pending slot.
        session.lock(active, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        for (DeviceResetRequestEntity pending : devices.pendingOf(session, actor.userId())) {
            if (pending.getNewDevice().equals(imei)) {
                return pending.getId(); // asking again for the same device does not pile up requests
            }
            pending.decide(DeviceResetRequestEntity.DENIED, null, "Superseded by a newer request", now);
        }
        session.flush(); // the superseded request stops being pending before the new one is inserted
        DeviceResetRequestEntity reset = new DeviceResetRequestEntity(actor.userId(), active.getImei(), imei, publicKey,
                request.platform(), request.model(), now);
        session.persist(reset);
        audit.record(session, actor, "device.reset_requested", "device_reset_request", reset.getId(), null);
        return reset.getId();
    }

    /**
     * The student's binding as the submission pipeline needs it (inside the caller's transaction), and whether
     * {@code submittedDeviceId} is bound to another account.
     */
    public DevicePolicy.Binding binding(Session session, long studentId, String submittedDeviceId) {
        DeviceEntity active = devices.activeDevice(session, studentId);
        DevicePolicy.Binding binding = active == null ? DevicePolicy.Binding.none()
                : new DevicePolicy.Binding(active.getImei(), active.getPublicKey(), active.getBoundAt(),
                devices.hasReleasedDevice(session, studentId));
        boolean ownDevice = active != null && submittedDeviceId != null && active.getImei().equals(submittedDeviceId.trim());
        return binding.withSubmittedDeviceBoundToAnother(!ownDevice
                && devices.otherAccountBoundTo(session, submittedDeviceId, studentId) != null);
    }

    public CheckinPass checkinPass(Actor actor) {
        DeviceEntity active = database.inTransaction(session -> devices.activeDevice(session, actor.userId()));
        if (active == null) {
            throw new RuleViolationException("DEVICE_NOT_BOUND", "Bind this phone first (POST /students/device/bind)");
        }
        CheckinPasses.Issued issued = passes.issue(actor.userId(), active.getId());
        return new CheckinPass(issued.pass(), issued.expiresAt().atOffset(ZoneOffset.UTC));
    }

    public List<ResetRequest> resetRequests(String status, int offset, int rows) {
        String filter = status == null || status.isBlank() || status.equals("all") ? null : status;
        return database.inTransaction(session -> {
            List<DeviceResetRequestEntity> page = devices.requests(session, filter, offset, rows);
            // one query loads the requesters into the session, so each toModel below finds its user there
            List<Long> userIds = page.stream().map(DeviceResetRequestEntity::getUserId).distinct().toList();
            if (!userIds.isEmpty()) {
                session.createSelectionQuery("from UserEntity u where u.id in :ids", UserEntity.class)
                        .setParameterList("ids", userIds).getResultList();
            }
            return page.stream().map(r -> devices.toModel(session, r)).toList();
        });
    }

    /** Releases the old device and binds the requested one, atomically. */
    public ResetRequest approve(ApproveResetRequest request, Actor actor) {
        if (request.requestId() == null && request.userId() == null) {
            throw ValidationException.field("request_id", "request_id or user_id is required");
        }
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            DeviceResetRequestEntity reset = request.requestId() != null
                    ? session.find(DeviceResetRequestEntity.class, request.requestId())
                    : devices.pendingOf(session, request.userId()).stream().findFirst().orElse(null);
            if (reset == null) {
                throw new NotFoundException("No pending device reset request"
                        + (request.requestId() != null ? " with id " + request.requestId() : " for user " + request.userId()));
            }
            requirePending(reset);
            Long otherAccount = devices.otherAccountBoundTo(session, reset.getNewDevice(), reset.getUserId());
            if (otherAccount != null) {
                throw new ConflictException(ErrorCodes.DEVICE_SHARED, "The requested device is bound to another "
                        + "account (user " + otherAccount + "). Release it there first, or deny this request.");
            }
            DeviceEntity old = devices.activeDevice(session, reset.getUserId());
            if (old != null) {
                old.release(now);
                session.flush(); // the unique active_user_id must be free before the new row is written
            }
            DeviceEntity device = new DeviceEntity(reset.getUserId(), reset.getNewDevice(), reset.getNewPublicKey(),
                    reset.getNewPlatform(), reset.getNewModel(), now);
            session.persist(device);
            reset.decide(DeviceResetRequestEntity.APPROVED, actor.userId(), null, now);
            audit.record(session, actor, "device.reset_approved", "device_reset_request", reset.getId(),
                    "user=" + reset.getUserId());
            return devices.toModel(session, reset);
        });
    }

    public ResetRequest deny(long requestId, String note, Actor actor) {
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            DeviceResetRequestEntity reset = session.find(DeviceResetRequestEntity.class, requestId);
            if (reset == null) {
                throw new NotFoundException("No device reset request with id " + requestId);
            }
            requirePending(reset);
            reset.decide(DeviceResetRequestEntity.DENIED, actor.userId(), note == null ? null : note.trim(), now);
            audit.record(session, actor, "device.reset_denied", "device_reset_request", requestId, null);
            return devices.toModel(session, reset);
        });
    }

    private static ConflictException deviceShared() {
        return new ConflictException(ErrorCodes.DEVICE_SHARED, "This device is already bound to another student's "
                + "account. Each phone can belong to one student; an administrator has been told.");
    }

    private static void requirePending(DeviceResetRequestEntity reset) {
        if (!reset.isPending()) {
            throw new ConflictException("Reset request " + reset.getId() + " was already " + reset.getStatus());
        }
    }

    private static String validate(BindDeviceRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String imei = request.imei() == null ? null : request.imei().trim();
        if (imei == null || imei.isEmpty()) {
            errors.add(new FieldError("imei", "is required (any stable device id)"));
        } else if (imei.length() > 255) {
            errors.add(new FieldError("imei", "must be at most 255 characters"));
        }
        if (request.publicKey() != null && !request.publicKey().isBlank() && DeviceKeys.parse(request.publicKey()) == null) {
            errors.add(new FieldError("public_key", "must be a base64 X.509 Ed25519 or EC P-256 public key"));
        }
        if (request.platform() != null && request.platform().length() > 64) {
            errors.add(new FieldError("platform", "must be at most 64 characters"));
        }
        if (request.model() != null && request.model().length() > 128) {
            errors.add(new FieldError("model", "must be at most 128 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return imei;
    }
}
