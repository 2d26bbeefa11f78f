package org.smavs.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.smavs.model.Json;
import org.smavs.model.session.CreateSessionRequest;

/** The server's request mapper refuses bodies whose meaning is ambiguous instead of guessing. */
class StrictJsonTest {
    private final ObjectMapper strict = Json.strictMapper();

    @Test
    void acceptsAWellFormedBody() throws Exception {
        CreateSessionRequest request = strict.readValue(
                "{\"title\": \"CS101\", \"duration_minutes\": 60, \"starts_at\": \"2026-12-03T09:00:00+01:00\"}",
                CreateSessionRequest.class);
        assertThat(request.durationMinutes()).isEqualTo(60);
    }

    @Test
    void refusesDuplicateKeys() {
        assertThatThrownBy(() -> strict.readValue("{\"title\": \"a\", \"title\": \"b\", \"duration_minutes\": 60}",
                CreateSessionRequest.class)).isInstanceOf(JsonProcessingException.class).hasMessageContaining("title");
    }

    @Test
    void refusesFractionsWhereAWholeNumberIsExpected() {
        assertThatThrownBy(() -> strict.readValue("{\"title\": \"a\", \"duration_minutes\": 1.5}",
                CreateSessionRequest.class)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> strict.readValue("{\"title\": \"a\", \"duration_minutes\": 60.0}",
                CreateSessionRequest.class)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void refusesNumbersOutOfRangeAndImpossibleDates() {
        assertThatThrownBy(() -> strict.readValue("{\"title\": \"a\", \"duration_minutes\": 99999999999}",
                CreateSessionRequest.class)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> strict.readValue("{\"title\": \"a\", \"duration_minutes\": 60, "
                + "\"starts_at\": \"2026-13-45T09:00:00Z\"}", CreateSessionRequest.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void clientsStayTolerantOfNewFields() throws Exception {
        CreateSessionRequest request = Json.lenientMapper().readValue(
                "{\"title\": \"a\", \"duration_minutes\": 60, \"added_later\": true}", CreateSessionRequest.class);
        assertThat(request.title()).isEqualTo("a");
    }
}
