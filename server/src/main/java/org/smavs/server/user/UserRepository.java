package org.smavs.server.user;

import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;
import org.smavs.model.auth.User;
import org.smavs.server.error.NotFoundException;

/** Queries on users, and the mapping of a user row to the API's {@link User}. */
public final class UserRepository {

    public UserEntity findByEmail(Session session, String email) {
        return session.createSelectionQuery("from UserEntity u where u.email = :email", UserEntity.class)
                .setParameter("email", normaliseEmail(email)).getSingleResultOrNull();
    }

    public UserEntity findByStudentNumber(Session session, String studentNumber) {
        return session.createSelectionQuery("from UserEntity u where u.studentNumber = :number", UserEntity.class)
                .setParameter("number", studentNumber).getSingleResultOrNull();
    }

    public UserEntity require(Session session, long id) {
        UserEntity user = session.find(UserEntity.class, id);
        if (user == null) {
            throw new NotFoundException("No user with id " + id);
        }
        return user;
    }

    public List<UserEntity> search(Session session, String query, int offset, int limit) {
        String pattern = query == null || query.isBlank() ? "%" : "%" + query.toLowerCase().trim() + "%";
        return session.createSelectionQuery("from UserEntity u where lower(u.email) like :q or lower(u.fullName) like :q "
                        + "or lower(coalesce(u.studentNumber, '')) like :q order by u.id", UserEntity.class)
                .setParameter("q", pattern).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public User toModel(Session session, UserEntity user) {
        boolean faceEnrolled = count(session, "SELECT COUNT(*) FROM face_templates WHERE user_id = :id", user.getId()) > 0;
        boolean deviceBound = count(session, "SELECT COUNT(*) FROM devices WHERE active_user_id = :id", user.getId()) > 0;
        return model(user, faceEnrolled, deviceBound);
    }

    private static User model(UserEntity user, boolean faceEnrolled, boolean deviceBound) {
        return new User(user.getId(), user.getEmail(), user.getFullName(), user.getRole(), user.isActive(),
                user.getStudentNumber(), user.getCreatedAt().atOffset(ZoneOffset.UTC), faceEnrolled, deviceBound,
                user.isSsoOnly(), user.isTotpEnabled(), user.wantsEmailNotifications());
    }

    /** Like {@link #toModel} for a page of users, in two queries whatever the page's length. */
    public List<User> toModels(Session session, List<UserEntity> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(UserEntity::getId).toList();
        java.util.Set<Long> enrolled = idsIn(session, "SELECT DISTINCT user_id FROM face_templates WHERE user_id IN (:ids)", ids);
        java.util.Set<Long> bound = idsIn(session,
                "SELECT DISTINCT active_user_id FROM devices WHERE active_user_id IN (:ids)", ids);
        return page.stream().map(user -> model(user, enrolled.contains(user.getId()), bound.contains(user.getId())))
                .toList();
    }

    private static java.util.Set<Long> idsIn(Session session, String sql, List<Long> ids) {
        java.util.Set<Long> found = new java.util.HashSet<>();
        for (Object id : session.createNativeQuery(sql, Object.class).setParameterList("ids", ids).getResultList()) {
            found.add(((Number) id).longValue());
        }
        return found;
    }

    public static String normaliseEmail(String email) {
        return CredentialPolicy.normaliseEmail(email);
    }

    private static long count(Session session, String sql, long id) {
        return ((Number) session.createNativeQuery(sql, Long.class).setParameter("id", id).getSingleResult()).longValue();
    }
}
