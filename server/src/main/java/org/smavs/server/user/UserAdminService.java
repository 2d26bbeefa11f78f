package org.smavs.server.user;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.ImportLineError;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.admin.UpdateUserRequest;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.User;
import org.smavs.model.error.FieldError;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.identity.Actor;
import org.smavs.server.crypto.PasswordHasher;
import org.smavs.server.error.DomainException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.persistence.Database;

/** Admin use cases on accounts: list, create, change, deactivate, import students from CSV. */
public final class UserAdminService {
    public static final int MAX_IMPORT_LINES = 5_000;

    private final Database database;
    private final UserRepository users;
    private final AccountService accounts;
    private final PasswordHasher hasher;
    private final SignOutEverywhere signOut;
    private final AuditLog audit;

    private final boolean singleSignOnConfigured;
    private final Invitations invitations;

    /** Mails a new student without a password an invitation to choose one; false when no mail went out. */
    @FunctionalInterface
    public interface Invitations {
        boolean invite(long userId, Actor actor);
    }

    public UserAdminService(Database database, UserRepository users, AccountService accounts, PasswordHasher hasher,
                            SignOutEverywhere signOut, AuditLog audit, boolean singleSignOnConfigured,
                            Invitations invitations) {
        this.invitations = invitations;
        this.singleSignOnConfigured = singleSignOnConfigured;
        this.database = database;
        this.users = users;
        this.accounts = accounts;
        this.hasher = hasher;
        this.signOut = signOut;
        this.audit = audit;
    }

    public List<User> list(String query, int offset, int rows) {
        return database.inTransaction(session -> users.toModels(session, users.search(session, query, offset, rows)));
    }

    public User get(long userId) {
        return database.inTransaction(session -> users.toModel(session, users.require(session, userId)));
    }

    public User create(CreateUserRequest request, Actor actor) {
        List<FieldError> errors = CredentialPolicy.checkNewAccount(request.email(), request.password(), request.fullName());
        CredentialPolicy.checkStudentNumber(request.studentNumber(), errors);
        CredentialPolicy.checkPin(request.pin(), errors);
        if (request.role() == null) {
            errors.add(new FieldError("role", "is required (student, lecturer or admin)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String passwordHash = hasher.hash(request.password());
        String pinHash = request.pin() == null ? null : hasher.hash(request.pin());
        return database.inTransaction(session -> {
            UserEntity user = accounts.createUser(session, request.email(), passwordHash, request.fullName().trim(),
                    request.role(), request.studentNumber(), true, actor);
            user.setPinHash(pinHash);
            audit.record(session, actor, "user.create", "user", user.getId(), "role=" + request.role().wire());
            return users.toModel(session, user);
        });
    }

    public User update(long userId, UpdateUserRequest request, Actor actor) {
        List<FieldError> errors = new ArrayList<>();
        if (request.fullName() != null) {
            CredentialPolicy.checkName(request.fullName(), errors);
        }
        CredentialPolicy.checkStudentNumber(request.studentNumber(), errors);
        CredentialPolicy.checkPin(request.pin(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (Boolean.TRUE.equals(request.ssoOnly()) && !singleSignOnConfigured) {
            throw new RuleViolationException("Single sign-on is not configured on this server (SMAVS_OIDC_ISSUER), so "
                    + "this account would be locked out");
        }
        String pinHash = request.pin() == null ? null : hasher.hash(request.pin());
        return database.inTransaction(session -> {
            UserEntity user = users.require(session, userId);
            if (userId == actor.userId() && (Boolean.FALSE.equals(request.isActive())
                    || request.role() != null && request.role() != Role.ADMIN)) {
                throw new RuleViolationException("You cannot deactivate or demote your own account");
            }
            List<String> changes = new ArrayList<>();
            if (request.role() != null && request.role() != user.getRole()) {
                changes.add("role " + user.getRole().wire() + "->" + request.role().wire());
                user.setRole(request.role());
                signOut.signOut(session, userId); // new role takes effect at next sign-in
            }
            if (request.isActive() != null && request.isActive() != user.isActive()) {
                changes.add(request.isActive() ? "activated" : "deactivated");
                user.setActive(request.isActive());
                if (!request.isActive()) {
                    signOut.signOut(session, userId);
                }
            }
            if (request.fullName() != null) {
                user.setFullName(request.fullName().trim());
                changes.add("name");
            }
            if (request.studentNumber() != null && !request.studentNumber().equals(user.getStudentNumber())) {
                accounts.claimForRegistry(session, request.studentNumber(), userId, actor);
                user.setStudentNumber(request.studentNumber());
                changes.add("student number");
            } else if (request.studentNumber() != null && !user.isStudentNumberVerified()) {
                user.setStudentNumber(request.studentNumber()); // an admin confirming the student's own claim
                changes.add("student number confirmed");
            }
            if (pinHash != null) {
                user.setPinHash(pinHash);
                changes.add("pin");
            }
            if (request.ssoOnly() != null && request.ssoOnly() != user.isSsoOnly()) {
                user.setSsoOnly(request.ssoOnly());
                changes.add(request.ssoOnly() ? "single sign-on only" : "password sign-in allowed");
                if (request.ssoOnly()) {
                    signOut.signOut(session, userId); // logins made with the password end
                }
            }
            audit.record(session, actor, "user.update", "user", userId, String.join(", ", changes));
            return users.toModel(session, user);
        });
    }

    /**
     * Imports students from CSV with header {@code email,full_name,student_number,course_code} (optional
     * {@code password} and {@code pin} columns), all at once. Each line stands alone: a bad line is reported and
     * skipped. Students without a password have none ({@link PasswordHasher#NO_PASSWORD}): they sign in at the
     * kiosk with their PIN, or an admin or a password reset gives them one.
     */
    public ImportResult importStudents(String csv, Actor actor, CourseEnroller enroller) {
        return importLines(parseImport(csv), actor, enroller, processed -> { });
    }

    /** The lines of an import file, or 422 for a file that is not a student CSV (or too long) as a whole. */
    public static List<CSVRecord> parseImport(String csv) {
        List<CSVRecord> records = parse(csv);
        if (records.size() > MAX_IMPORT_LINES) {
            throw new RuleViolationException("At most " + MAX_IMPORT_LINES + " lines per import");
        }
        return records;
    }

    /** Imports parsed lines; {@code progress} hears how many lines are done after each one. */
    public ImportResult importLines(List<CSVRecord> records, Actor actor, CourseEnroller enroller, IntConsumer progress) {
        int created = 0;
        int enrolled = 0;
        int skipped = 0;
        int invited = 0;
        List<ImportLineError> errors = new ArrayList<>();
        List<ImportLineError> conflicts = new ArrayList<>();
        int processed = 0;
        for (CSVRecord record : records) {
            int line = (int) record.getRecordNumber() + 1;
            try {
                ImportLine parsed = ImportLine.of(record);
                List<FieldError> problems = parsed.problems();
                if (!problems.isEmpty()) {
                    errors.add(new ImportLineError(line, describe(problems)));
                    skipped++;
                    continue;
                }
                // a seed user's pbkdf2_sha256 hash is kept as it is and becomes Argon2id at the first sign-in
                String passwordHash = parsed.passwordHash() != null ? parsed.passwordHash()
                        : parsed.password() != null ? hasher.hash(parsed.password()) : PasswordHasher.NO_PASSWORD;
                String pinHash = parsed.pin() == null ? null : hasher.hash(parsed.pin());
                record Imported(long userId, boolean enrolled, Long claimWithdrawnFrom) {
                }
                Imported imported = database.inTransaction(session -> {
                    Long claimer = parsed.studentNumber() == null ? null
                            : accounts.claimForRegistry(session, parsed.studentNumber(), null, actor);
                    UserEntity user = accounts.createUser(session, parsed.email(), passwordHash, parsed.fullName(),
                            Role.STUDENT, parsed.studentNumber(), true, actor);
                    user.setPinHash(pinHash);
                    audit.record(session, actor, "user.import", "user", user.getId(), "line " + line);
                    return new Imported(user.getId(), parsed.courseCode() != null
                            && enroller.enrol(session, parsed.courseCode(), user.getId()), claimer);
                });
                created++;
                enrolled += imported.enrolled() ? 1 : 0;
                if (PasswordHasher.NO_PASSWORD.equals(passwordHash) && invitations.invite(imported.userId(), actor)) {
                    invited++;
                }
                if (imported.claimWithdrawnFrom() != null) {
                    conflicts.add(new ImportLineError(line, "student number " + parsed.studentNumber() + " had been "
                            + "claimed by the self-registered account " + imported.claimWithdrawnFrom()
                            + "; it now belongs to " + parsed.email() + " and the other account has none"));
                }
            } catch (DomainException e) {
                errors.add(new ImportLineError(line, e.getMessage()));
                skipped++;
            } finally {
                progress.accept(++processed);
            }
        }
        return new ImportResult(created, enrolled, skipped, errors, conflicts, invited);
    }

    private static List<CSVRecord> parse(String csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv == null ? "" : csv), format)) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains("email") || !header.contains("full_name")) {
                throw ValidationException.field("file", "the first line must be a header with at least email,full_name"
                        + " (and optionally student_number,course_code,password,pin,password_hash)");
            }
            return parser.getRecords();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ValidationException.field("file", "is not valid CSV: " + e.getMessage());
        }
    }

    private static String describe(List<FieldError> problems) {
        return problems.stream().map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b).orElse("invalid");
    }

    /** Enrols a student in a course by its code inside the import's transaction; false when no such course. */
    @FunctionalInterface
    public interface CourseEnroller {
        boolean enrol(org.hibernate.Session session, String courseCode, long studentId);
    }
}
