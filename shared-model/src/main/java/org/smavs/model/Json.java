package org.smavs.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON setup of the API: snake_case names, ISO-8601 timestamps, strict on the server side. */
public final class Json {
    private Json() {
    }

    /**
     * Mapper used by the server: unknown fields in a request body are an error (the client learns of a
     * typo instead of having the field silently ignored).
     */
    public static ObjectMapper strictMapper() {
        JsonMapper mapper = base().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // {"email": "a", "email": "b"}: which one a proxy, a logger and we read would differ; refuse it.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // {"duration_minutes": 1.5} is not 1; a client that sends it has a bug worth hearing about.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).build();
        // {"password": 1} is a client bug, not the password "1": refuse numbers and booleans for strings.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** Mapper used by clients: tolerant of fields a newer server adds. */
    public static ObjectMapper lenientMapper() {
        return base().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    private static JsonMapper.Builder base() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
