package org.casework.api.page;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpHeaders;

/**
 * The API's answer to a download: its status, its headers (type, file name) and the file's bytes; {@code problem}
 * is the problem details of a refusal (JSON), null for a file.
 */
public record ApiFile(int status, HttpHeaders headers, byte[] content, JsonNode problem) {

    /** The refusal as the pages show any API answer (the error page, the wait-and-reload page). */
    public ApiAnswer refusal() {
        return new ApiAnswer(status, headers, problem);
    }
}
