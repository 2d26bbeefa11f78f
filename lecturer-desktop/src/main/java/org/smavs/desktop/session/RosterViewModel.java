package org.smavs.desktop.session;

import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.LongBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.LiveEvent;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStudent;

/**
 * The live roster of one session: a snapshot over REST, then pushes over the live feed. Each time the
 * feed (re)connects the snapshot is fetched again, so nothing pushed while offline is missed.
 */
public final class RosterViewModel implements LiveFeed.Listener {
    private static final Comparator<AttendanceRecord> NEWEST_FIRST = Comparator.comparing(
            AttendanceRecord::submittedAt, Comparator.nullsLast(Comparator.reverseOrder()));

    /** Wait this long after a nameless push so a burst of check-ins costs one roster fetch. */
    static final java.time.Duration NAME_LOOKUP_DELAY = java.time.Duration.ofMillis(400);

    private final SessionBackend backend;
    private final LiveFeed feed;
    private final CallStatus status;
    private final ObjectProperty<Session> session;
    private final ObservableList<AttendanceRecord> records = FXCollections.observableArrayList();
    private final StringProperty connection = new SimpleStringProperty("not connected");
    private final ObjectProperty<LiveFeed.State> connectionState = new SimpleObjectProperty<>(LiveFeed.State.CLOSED);
    private final LongBinding presentCount;
    private final LongBinding flaggedCount;
    /** The course's students (loaded with the roster); empty for a session without a course. */
    private final ObservableList<SessionStudent> classList = FXCollections.observableArrayList();
    private final ObservableList<SessionStudent> notCheckedIn = FXCollections.observableArrayList();
    private final UiExecutor executor;
    private LiveFeed.Connection live;
    private UiExecutor.Cancellable pendingNameLookup;

    public RosterViewModel(Session session, SessionBackend backend, LiveFeed feed, UiExecutor executor) {
        this.session = new SimpleObjectProperty<>(session);
        this.backend = backend;
        this.feed = feed;
        this.executor = executor;
        this.status = new CallStatus(executor);
        this.presentCount = countOf(AttendanceStatus.PRESENT);
        this.flaggedCount = countOf(AttendanceStatus.FLAGGED);
        records.addListener((javafx.collections.ListChangeListener<AttendanceRecord>) change -> updateNotCheckedIn());
        classList.addListener((javafx.collections.ListChangeListener<SessionStudent>) change -> updateNotCheckedIn());
    }

    /** "8 of 13 present": the class size is known for course sessions only. */
    public static String presentText(long present, int classSize) {
        return classSize > 0 ? present + " of " + classSize + " present" : present + " present";
    }

    /** "Not checked in (3): Ana Ames, Ben Bell, Cy Cole" — at most {@code shown} names, then "and N more". */
    public static String notCheckedInText(List<SessionStudent> missing, int shown) {
        if (missing.isEmpty()) {
            return "";
        }
        List<String> names = missing.stream().limit(shown).map(student -> student.fullName() == null
                ? "Student " + student.studentId() : student.fullName()).toList();
        String more = missing.size() > shown ? " and " + (missing.size() - shown) + " more" : "";
        return "Not checked in (" + missing.size() + "): " + String.join(", ", names) + more;
    }

    private void updateNotCheckedIn() {
        java.util.Set<Long> checkedIn = new java.util.HashSet<>();
        records.forEach(record -> checkedIn.add(record.studentId()));
        notCheckedIn.setAll(classList.stream().filter(student -> !checkedIn.contains(student.studentId())).toList());
    }

    /** Connects the feed; the snapshot follows as soon as the feed is live. */
    public void start() {
        if (live == null) {
            live = feed.connect(session.get().id(), this);
        }
    }

    public void stop() {
        if (pendingNameLookup != null) {
            pendingNameLookup.cancel();
            pendingNameLookup = null;
        }
        if (live != null) {
            live.close();
            live = null;
        }
    }

    public void reload() {
        long id = session.get().id();
        status.load("load the roster", () -> new Snapshot(backend.session(id), backend.attendance(id)), snapshot -> {
            session.set(snapshot.session());
            snapshot.records().forEach(this::upsert);
            if (snapshot.session().courseId() != null) {
                loadStudents(classList::setAll);
            }
        });
    }

    /** Fetches the session's students for the manual-marking picker, then hands them to {@code onLoaded}. */
    public void loadStudents(java.util.function.Consumer<List<SessionStudent>> onLoaded) {
        status.load("load the session's students", () -> backend.students(session.get().id()), onLoaded);
    }

    public void markManually(ManualMarkRequest request) {
        status.change("mark the student", () -> backend.markManually(session.get().id(), request), marked -> {
            upsert(marked);
            status.inform("Marked " + (marked.studentName() == null ? "the student" : marked.studentName()) + " "
                    + marked.status().wire() + ".");
        });
    }

    @Override
    public void onEvent(LiveEvent event) {
        if (event.record() != null) {
            upsert(event.record());
            if (nameOf(event.record().id()) == null) {
                lookUpNamesSoon();
            }
        }
        if (event.session() != null) {
            session.set(event.session());
        }
    }

    @Override
    public void onStateChanged(LiveFeed.State state, String detail) {
        connectionState.set(state);
        connection.set(detail);
        if (state == LiveFeed.State.LIVE) {
            reload();
        }
    }

    /**
     * Pushed records may come without the student's name (the roster endpoint joins it, a push need not).
     * One snapshot shortly after a burst of check-ins fills the names in without a request per event.
     */
    private void lookUpNamesSoon() {
        if (pendingNameLookup == null) {
            pendingNameLookup = executor.schedule(NAME_LOOKUP_DELAY, () -> {
                pendingNameLookup = null;
                reload();
            });
        }
    }

    private String nameOf(long recordId) {
        return records.stream().filter(r -> r.id() == recordId).map(AttendanceRecord::studentName)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** Replaces the record with the same id (keeping a name it already had), or adds it; keeps newest first. */
    void upsert(AttendanceRecord record) {
        for (int i = 0; i < records.size(); i++) {
            AttendanceRecord old = records.get(i);
            if (old.id() == record.id()) {
                records.set(i, record.studentName() == null ? withNameOf(record, old) : record);
                return;
            }
        }
        int position = 0;
        while (position < records.size() && NEWEST_FIRST.compare(records.get(position), record) <= 0) {
            position++;
        }
        records.add(position, record);
    }

    private static AttendanceRecord withNameOf(AttendanceRecord record, AttendanceRecord named) {
        return new AttendanceRecord(record.id(), record.sessionId(), record.studentId(), record.status(), record.flags(),
                record.riskScore(), record.similarity(), record.livenessScore(), record.distanceM(),
                record.withinGeofence(), record.source(), record.submittedAt(), record.reviewedBy(), record.reviewedAt(),
                record.reviewNote(), named.studentName(), named.studentNumber());
    }

    private LongBinding countOf(AttendanceStatus wanted) {
        return Bindings.createLongBinding(() -> records.stream().filter(r -> r.status() == wanted).count(), records);
    }

    public CallStatus status() { return status; }
    public ReadOnlyObjectProperty<Session> sessionProperty() { return session; }
    public Session session() { return session.get(); }
    public ObservableList<AttendanceRecord> records() { return records; }
    public ReadOnlyStringProperty connectionProperty() { return connection; }
    public ReadOnlyObjectProperty<LiveFeed.State> connectionStateProperty() { return connectionState; }
    public LongBinding presentCount() { return presentCount; }
    public ObservableList<SessionStudent> classList() { return classList; }
    public ObservableList<SessionStudent> notCheckedIn() { return notCheckedIn; }
    public LongBinding flaggedCount() { return flaggedCount; }

    private record Snapshot(Session session, List<AttendanceRecord> records) {
    }
}
