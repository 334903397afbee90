package org.casework.api.web;

/** The requested file does not exist (or is not visible to the caller). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("There is no " + what + " with id " + id + ".");
    }
}
