package org.smavs.model.error;

/** One invalid field of a request (400/422). */
public record FieldError(String field, String message) {
}
