package org.smavs.server.device;

import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;
import org.smavs.model.admin.ResetRequest;
import org.smavs.model.device.Device;
import org.smavs.server.user.UserEntity;

/** Queries on devices and reset requests, and their mapping to API records. */
public final class DeviceRepository {

    public DeviceEntity activeDevice(Session session, long userId) {
        return session.createSelectionQuery("from DeviceEntity d where d.activeUserId = :user", DeviceEntity.class)
                .setParameter("user", userId).getSingleResultOrNull();
    }

    /** The account other than {@code userId} this device id is bound to, or null. */
    public Long otherAccountBoundTo(Session session, String imei, long userId) {
        if (imei == null) {
            return null;
        }
        return session.createSelectionQuery("select d.userId from DeviceEntity d where d.imei = :imei "
                        + "and d.activeUserId is not null and d.userId <> :user order by d.id", Long.class)
                .setParameter("imei", imei.trim()).setParameter("user", userId).setMaxResults(1).getSingleResultOrNull();
    }

    public boolean hasReleasedDevice(Session session, long userId) {
        return session.createSelectionQuery("select count(d) from DeviceEntity d where d.userId = :user "
                + "and d.activeUserId is null", Long.class).setParameter("user", userId).getSingleResult() > 0;
    }

    public List<DeviceResetRequestEntity> pendingOf(Session session, long userId) {
        return session.createSelectionQuery("from DeviceResetRequestEntity r where r.userId = :user and r.status = :pending "
                        + "order by r.id desc", DeviceResetRequestEntity.class)
                .setParameter("user", userId).setParameter("pending", DeviceResetRequestEntity.PENDING).getResultList();
    }

    public List<DeviceResetRequestEntity> requests(Session session, String status, int offset, int limit) {
        return session.createSelectionQuery("from DeviceResetRequestEntity r where (:status is null or r.status = :status) "
                        + "order by r.id desc", DeviceResetRequestEntity.class)
                .setParameter("status", status).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public Device toModel(DeviceEntity d) {
        return new Device(d.getId(), d.getUserId(), d.getImei(), d.getPlatform(), d.getModel(), d.getPublicKey() != null,
                d.isActive(), d.getBoundAt().atOffset(ZoneOffset.UTC));
    }

    public ResetRequest toModel(Session session, DeviceResetRequestEntity r) {
        UserEntity user = session.find(UserEntity.class, r.getUserId());
        return new ResetRequest(r.getId(), r.getUserId(), user == null ? null : user.getEmail(),
                user == null ? null : user.getFullName(), r.getOldDevice(), r.getNewDevice(), r.getStatus(),
                r.getCreatedAt().atOffset(ZoneOffset.UTC),
                r.getDecidedAt() == null ? null : r.getDecidedAt().atOffset(ZoneOffset.UTC), r.getNote());
    }
}
