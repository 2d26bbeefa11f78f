package org.smavs.model.admin;

import java.util.List;

public record EnrolmentRequest(List<Long> studentIds) {
}
