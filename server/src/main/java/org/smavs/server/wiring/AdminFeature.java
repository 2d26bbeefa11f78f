package org.smavs.server.wiring;

import org.smavs.server.audit.AuditController;
import org.smavs.server.biometrics.RecordBiometrics;
import org.smavs.server.course.CourseController;
import org.smavs.server.course.CourseEnrolments;
import org.smavs.server.course.CourseService;
import org.smavs.server.privacy.PersonalData;
import org.smavs.server.privacy.PrivacyController;
import org.smavs.server.room.RoomController;
import org.smavs.server.room.RoomService;
import org.smavs.server.settings.SettingsController;

/**
 * What admins set up and oversee: rooms, courses, run-time settings and the audit log; and people's rights over
 * their data (subject-access export, erasure).
 */
record AdminFeature(RoomController rooms, CourseController courses, SettingsController settings,
                    AuditController audit, PrivacyController privacy) {

    static AdminFeature wire(Platform p, RoomService rooms) {
        return new AdminFeature(new RoomController(rooms, p.bodies),
                new CourseController(new CourseService(p.database, new CourseEnrolments(), p.courseStaff, p.users, p.audit,
                        p.clock),
                        p.bodies),
                new SettingsController(p.settings, p.bodies), new AuditController(p.audit),
                new PrivacyController(new PersonalData(p.database, p.blobs, new RecordBiometrics(), p.audit, p.clock)));
    }
}
