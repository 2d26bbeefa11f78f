package org.smavs.server.live;

import org.smavs.model.attendance.LiveEvent;

/**
 * What travels between server instances: the event, its session, and the instance that published it (which
 * has already delivered it to its own subscribers, so it ignores its own message).
 */
record LiveMessage(String instance, long sessionId, LiveEvent event) {
}
