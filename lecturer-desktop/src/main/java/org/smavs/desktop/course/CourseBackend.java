package org.smavs.desktop.course;

import java.util.List;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.admin.Room;
import org.smavs.model.admin.Settings;
import org.smavs.model.admin.UpdateCourseRequest;
import org.smavs.model.auth.User;
import org.smavs.model.timetable.Meeting;
import org.smavs.model.timetable.MeetingRequest;

/**
 * What the Courses tab needs from the server (blocking calls; run them through the UiExecutor). The first group
 * answers lecturers and admins alike; the admin group is called only when the signed-in user is an admin.
 */
public interface CourseBackend {
    /** The caller's courses: lead, co-lecturer or teaching assistant (an admin gets all). */
    List<Course> courses();

    /** Students enrolled in a course, by name. */
    List<User> courseStudents(long courseId);

    List<Meeting> meetings(long courseId);

    Meeting addMeeting(long courseId, MeetingRequest request);

    /** Fields left null keep their value; only sessions that have not started change. */
    Meeting updateMeeting(long meetingId, MeetingRequest request);

    /** Sessions not started yet go; held sessions stay. */
    void deleteMeeting(long meetingId);

    List<Room> rooms();

    // --- admins only ---

    /** Every course, archived ones included. */
    List<Course> allCourses();

    /** Every account (the pickers keep lecturers and students). */
    List<User> users();

    /** The institution's rules: its time zone and "late after" minutes. */
    Settings settings();

    Course createCourse(CreateCourseRequest request);

    Course updateCourse(long courseId, UpdateCourseRequest request);

    Course enrol(long courseId, List<Long> studentIds);

    void unenrol(long courseId, long studentId);

    ImportResult importEnrolments(long courseId, String csv);
}
