package org.casework.api.page;

import org.springframework.http.HttpHeaders;

/** The API's answer to a download: its status, its headers (type, file name) and the file's bytes. */
public record ApiFile(int status, HttpHeaders headers, byte[] content) {
}
