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

    public List<UserEntity> search(Session session, String query, int limit) {
        String pattern = query == null || query.isBlank() ? "%" : "%" + query.toLowerCase().trim() + "%";
        return session.createSelectionQuery("from UserEntity u where lower(u.email) like :q or lower(u.fullName) like :q "
                        + "or lower(coalesce(u.studentNumber, '')) like :q order by u.id", UserEntity.class)
                .setParameter("q", pattern).setMaxResults(limit).getResultList();
    }

    public User toModel(Session session, UserEntity user) {
        boolean faceEnrolled = count(session, "SELECT COUNT(*) FROM face_templates WHERE user_id = :id", user.getId()) > 0;
        boolean deviceBound = count(session, "SELECT COUNT(*) FROM devices WHERE active_user_id = :id", user.getId()) > 0;
        return new User(user.getId(), user.getEmail(), user.getFullName(), user.getRole(), user.isActive(),
                user.getStudentNumber(), user.getCreatedAt().atOffset(ZoneOffset.UTC), faceEnrolled, deviceBound);
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase();
    }

    private static long count(Session session, String sql, long id) {
        return ((Number) session.createNativeQuery(sql, Long.class).setParameter("id", id).getSingleResult()).longValue();
    }
}
