package org.casework.api.security;

/** The roles of DESIGN.md "Who uses it", and METRICS, the monitoring system's. */
public enum Role {
    WORKER,
    COORDINATOR,
    DIRECTOR,
    ADMIN,
    AUDITOR,
    STATISTICS,
    /** Scrapes {@code /actuator/prometheus} and nothing else: Prometheus without an administrator's password. */
    METRICS
}
