package org.casework.api.security;

/** The roles of DESIGN.md "Who uses it". */
public enum Role {
    WORKER,
    COORDINATOR,
    DIRECTOR,
    ADMIN,
    AUDITOR,
    STATISTICS
}
