package org.casework.api.access;

import org.springframework.security.access.AccessDeniedException;

/** Answered 403 with this text. */
public class FileManagersOnlyException extends AccessDeniedException {

    FileManagersOnlyException() {
        super("Only the file's responsible worker, a coordinator or a director manages who works on the file.");
    }
}
