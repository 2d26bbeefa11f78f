package org.smavs.server.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.smavs.model.error.FieldError;
import org.smavs.server.error.ValidationException;

/**
 * {@code ?limit=} (default 100, at most 1000) and {@code ?cursor=} on every list that grows with the campus,
 * as API v1's additions of 2026-12-03 describe. The page stays a plain JSON array, so old clients keep working;
 * the next page's cursor travels in {@code X-Next-Cursor} and a {@code Link: <…>; rel="next"} header.
 *
 * <p>The cursor is opaque to clients; inside it is the position in the list's stable order. A row inserted
 * while a client pages can shift later pages by one (lists are short-lived views, not snapshots).
 */
public record PageRequest(int offset, int limit) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final String CURSOR_PREFIX = "p1:";

    public static PageRequest of(Context ctx) {
        int limit = PathParams.intQuery(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        String cursor = ctx.queryParam("cursor");
        return new PageRequest(cursor == null || cursor.isBlank() ? 0 : decode(cursor.trim()), limit);
    }

    /** Rows to ask the database for: one more than the page, to learn whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    /** Answers the page and, when {@code fetched} holds more than a page, where the next one starts. */
    public <T> void respond(Context ctx, List<T> fetched) {
        if (fetched.size() <= limit) {
            ctx.json(fetched);
            return;
        }
        String next = encode(offset + limit);
        ctx.header("X-Next-Cursor", next);
        ctx.header("Link", "<" + nextUrl(ctx, next) + ">; rel=\"next\"");
        ctx.json(fetched.subList(0, limit));
    }

    private String nextUrl(Context ctx, String cursor) {
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
            if (param.getKey().equals("cursor") || param.getKey().equals("limit")) {
                continue;
            }
            param.getValue().forEach(value -> query.add(encodeUrl(param.getKey()) + "=" + encodeUrl(value)));
        }
        query.add("limit=" + limit).add("cursor=" + encodeUrl(cursor));
        return ctx.path() + "?" + query;
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + offset)
                .getBytes(StandardCharsets.US_ASCII));
    }

    private static int decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith(CURSOR_PREFIX)) {
                int offset = Integer.parseInt(text.substring(CURSOR_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // answered below, like any other cursor this server did not hand out
        }
        throw ValidationException.malformed("The cursor is not one this server handed out; start again without it",
                List.of(new FieldError("cursor", "is not a cursor from X-Next-Cursor")));
    }

    private static String encodeUrl(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
