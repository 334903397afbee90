package org.casework.api.security;

import org.springframework.security.access.AccessDeniedException;

/** A worker asked for another worker's files where a worker sees only their own; answered 403 with this text. */
public class OwnFilesOnlyException extends AccessDeniedException {

    public OwnFilesOnlyException(String message) {
        super(message);
    }
}
