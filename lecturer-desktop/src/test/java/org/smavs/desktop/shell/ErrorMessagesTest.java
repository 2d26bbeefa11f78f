package org.smavs.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.smavs.client.ApiException;
import org.smavs.model.error.ApiError;

class ErrorMessagesTest {

    @Test
    void failuresBecomeSentencesNamingWhatWasTried() {
        assertThat(ErrorMessages.describe("load the sessions", new ApiException("x", new IOException("refused"))))
                .isEqualTo("Could not load the sessions. The server cannot be reached. "
                        + "Check the server address and your network, then retry.");
        assertThat(ErrorMessages.describe("close the session",
                new ApiException(422, new ApiError("Session is already closed", "SESSION_CLOSED", "r", null))))
                .isEqualTo("Could not close the session. Session is already closed.");
        assertThat(ErrorMessages.describe("export", new ApiException(503, null)))
                .contains("server is having trouble");
        assertThat(ErrorMessages.describe("export", new IllegalStateException("boom")))
                .doesNotContain("IllegalStateException");
    }
}
