package org.casework.api.page;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

/**
 * An API answer a page shows: its body as maps and lists for the templates, or the error page the answer calls for
 * ({@link PageErrors}): 404 for a file the user may not see or that does not exist, a short wait when the read
 * models have not yet applied what was just stored, 410 for an erased or merged file.
 */
public final class Pages {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private Pages() {
    }

    public static Map<String, Object> object(ApiAnswer answer) {
        requireOk(answer);
        return PLAIN.convertValue(answer.body(), new TypeReference<>() {
        });
    }

    public static List<Object> list(ApiAnswer answer) {
        requireOk(answer);
        return PLAIN.convertValue(answer.body(), new TypeReference<>() {
        });
    }

    /** Any JSON value of an answer as maps and lists, without a check. */
    public static Object plain(Object json) {
        return json == null ? null : PLAIN.convertValue(json, Object.class);
    }

    public static void requireOk(ApiAnswer answer) {
        if (!answer.ok()) {
            throw new PageErrors.Refused(answer);
        }
    }
}
