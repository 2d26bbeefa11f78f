package org.smavs.kiosk.testing;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.smavs.client.ApiException;
import org.smavs.kiosk.backend.KioskBackend;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.error.ApiError;
import org.smavs.model.kiosk.Challenge;
import org.smavs.model.kiosk.CheckInChallenge;
import org.smavs.model.kiosk.KioskCredential;
import org.smavs.model.kiosk.KioskSession;
import org.smavs.model.kiosk.OfflineBatch;
import org.smavs.model.kiosk.OfflineCheckIn;
import org.smavs.model.kiosk.OfflineResult;
import org.smavs.model.kiosk.StartCheckInRequest;
import org.smavs.model.session.QrToken;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStatus;

/**
 * An in-memory stand-in for the server's kiosk endpoints (until they exist on the real server), with the
 * behaviour the kiosk relies on: one record per student and session, idempotent offline uploads, 401 once
 * revoked, and a switch that makes it unreachable.
 */
public final class FakeKioskServer implements KioskBackend {
    public static final String URL = "http://smavs.test:8000";
    public static final String CODE = "K7QF2-9XDMP";
    public static final long SESSION_ID = 42;

    public record Student(long id, String number, String pin, String pass, String name) {
    }

    private final Clock clock;
    private final Map<String, Student> students = new ConcurrentHashMap<>();
    private final Map<Long, Student> checkIns = new ConcurrentHashMap<>();
    private final Map<String, OfflineResult> offlineByKey = new ConcurrentHashMap<>();
    private final List<AttendanceRecord> records = new CopyOnWriteArrayList<>();
    private final List<Integer> framesPerCheckIn = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(100);
    private final AtomicInteger offlineItemsReceived = new AtomicInteger();
    private final AtomicInteger qrStep = new AtomicInteger(1);
    private volatile boolean reachable = true;
    private volatile boolean revoked;
    private volatile boolean sessionRunning = true;
    private volatile AttendanceStatus verdict = AttendanceStatus.PRESENT;
    private volatile List<ReasonCode> verdictFlags = List.of();
    private volatile String connectedUrl;
    private final AtomicInteger temporaryFailures = new AtomicInteger();

    /** Stores this double's kiosk credential in {@code dataDir}, so the kiosk starts enrolled in room B101. */
    public static void enrolKiosk(java.nio.file.Path dataDir) throws IOException {
        new org.smavs.kiosk.enrol.CredentialStore(dataDir).save(new org.smavs.kiosk.enrol.Enrolment(URL,
                new KioskCredential(3, "Kiosk B101", 1, "Room B101", "token")));
    }

    public FakeKioskServer(Clock clock) {
        this.clock = clock;
        addStudent(new Student(7, "S1001", "1234", "PASS-S1001-signed", "Sam Student"));
    }

    public void addStudent(Student student) {
        students.put(student.number(), student);
    }

    public void setReachable(boolean reachable) {
        this.reachable = reachable;
    }

    /** The next {@code count} offline items are answered "try again later", as under a rate limit. */
    public void failOfflineItemsTemporarily(int count) {
        temporaryFailures.set(count);
    }

    public void revoke() {
        revoked = true;
    }

    public void setSessionRunning(boolean running) {
        sessionRunning = running;
    }

    public void setVerdict(AttendanceStatus verdict) {
        setVerdict(verdict, List.of());
    }

    /** The status and reason codes the next live check-ins get. */
    public void setVerdict(AttendanceStatus verdict, List<ReasonCode> flags) {
        this.verdict = verdict;
        this.verdictFlags = List.copyOf(flags);
    }

    /** Moves the rotating QR to its next token. */
    public void rotateQr() {
        qrStep.incrementAndGet();
    }

    public String currentQrToken() {
        return "smavs-qr:" + SESSION_ID + ":" + qrStep.get();
    }

    public List<AttendanceRecord> records() {
        return List.copyOf(records);
    }

    public int offlineItemsReceived() {
        return offlineItemsReceived.get();
    }

    public List<Integer> framesPerCheckIn() {
        return List.copyOf(framesPerCheckIn);
    }

    public String connectedUrl() {
        return connectedUrl;
    }

    @Override
    public KioskCredential enroll(String serverUrl, String enrollmentCode, String kioskName) {
        ensureReachable();
        if (!CODE.equals(enrollmentCode)) {
            throw refusal(404, "ENROLLMENT_CODE_INVALID", "Unknown or expired enrolment code");
        }
        revoked = false;
        connectedUrl = serverUrl;
        return new KioskCredential(3, kioskName, 1, "Room B101", "secret-kiosk-token");
    }

    @Override
    public void connect(String serverUrl, KioskCredential credential) {
        connectedUrl = serverUrl;
    }

    @Override
    public KioskSession currentSession() {
        ensureAllowed();
        if (!sessionRunning) {
            return new KioskSession(null, null, null, null, "Room B101", 0);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Session session = new Session(SESSION_ID, "Algorithms — Lecture 7", 1L, 2, "739214", SessionStatus.ACTIVE,
                now.minusMinutes(15), now.plusMinutes(45), null, null, null, true, 1L, records.size(), 0);
        QrToken qr = new QrToken(currentQrToken(), now.plusSeconds(12), 15, "739214");
        return new KioskSession(session, qr, "CS201 Algorithms", "Dr Lee Lecturer", "Room B101", records.size());
    }

    @Override
    public CheckInChallenge start(StartCheckInRequest request) {
        ensureAllowed();
        Student student = request.studentPass() != null
                ? students.values().stream().filter(s -> s.pass().equals(request.studentPass())).findFirst().orElse(null)
                : students.get(request.studentNumber());
        if (student == null || (request.studentPass() == null && !student.pin().equals(request.pin()))) {
            // as the real server answers a wrong number or PIN
            throw refusal(422, "IDENTIFICATION_FAILED", "Student number or PIN is not right");
        }
        if (records.stream().anyMatch(r -> r.studentId() == student.id())) {
            throw refusal(409, "ALREADY_SUBMITTED", "You have already checked in for this class");
        }
        long id = ids.incrementAndGet();
        checkIns.put(id, student);
        return new CheckInChallenge(id, Challenge.TURN_LEFT, OffsetDateTime.now(clock).plusSeconds(30),
                student.name());
    }

    @Override
    public AttendanceRecord complete(long checkinId, List<byte[]> jpegFrames) {
        ensureAllowed();
        Student student = checkIns.remove(checkinId);
        if (student == null) {
            throw refusal(404, "NOT_FOUND", "Unknown check-in");
        }
        framesPerCheckIn.add(jpegFrames.size());
        return record(student, verdict, verdictFlags);
    }

    @Override
    public List<OfflineResult> uploadOffline(OfflineBatch batch) {
        ensureAllowed();
        List<OfflineResult> results = new ArrayList<>();
        for (OfflineCheckIn item : batch.checkIns()) {
            offlineItemsReceived.incrementAndGet();
            if (temporaryFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                results.add(new OfflineResult(item.idempotencyKey(), null, "RATE_LIMITED", "Too many requests"));
                continue;
            }
            results.add(offlineByKey.computeIfAbsent(item.idempotencyKey(), key -> storeOffline(item)));
        }
        return results;
    }

    private OfflineResult storeOffline(OfflineCheckIn item) {
        Student student = item.studentPass() != null
                ? students.values().stream().filter(s -> s.pass().equals(item.studentPass())).findFirst().orElse(null)
                : students.get(item.studentNumber());
        if (student == null || (item.studentPass() == null && !student.pin().equals(item.pin()))) {
            return new OfflineResult(item.idempotencyKey(), null, "STUDENT_NOT_RECOGNISED", "not recognised");
        }
        if (records.stream().anyMatch(r -> r.studentId() == student.id())) {
            return new OfflineResult(item.idempotencyKey(), null, "ALREADY_SUBMITTED", "already checked in");
        }
        framesPerCheckIn.add(item.frames().size());
        return new OfflineResult(item.idempotencyKey(),
                record(student, AttendanceStatus.FLAGGED, List.of(ReasonCode.OFFLINE_CAPTURE)), null, null);
    }

    private AttendanceRecord record(Student student, AttendanceStatus status, List<ReasonCode> flags) {
        AttendanceRecord record = new AttendanceRecord(ids.incrementAndGet(), SESSION_ID, student.id(), status, flags,
                flags.isEmpty() ? 5 : 40, 0.82, 0.9, 0.0, true, AttendanceSource.KIOSK,
                OffsetDateTime.now(clock), null, null, null, null, null);
        records.add(record);
        return record;
    }

    private void ensureReachable() {
        if (!reachable) {
            throw new ApiException("Cannot reach the SMAVS server at " + URL, new IOException("Connection refused"));
        }
    }

    private void ensureAllowed() {
        ensureReachable();
        if (revoked) {
            throw refusal(401, "KIOSK_REVOKED", "This kiosk has been revoked");
        }
    }

    private static ApiException refusal(int status, String code, String detail) {
        return new ApiException(status, new ApiError(detail, code, "req-test", List.of()));
    }
}
