package org.smavs.server.error;

import org.smavs.model.error.ErrorCodes;

/** HTTP 422. */
public class RuleViolationException extends DomainException {
    public RuleViolationException(String message) {
        super(422, ErrorCodes.RULE_VIOLATION, message);
    }

    public RuleViolationException(String code, String message) {
        super(422, code, message);
    }
}
