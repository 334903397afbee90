package org.casework.domain.settings;

/** Whether workers keep statuses by hand or the automatic rules of R2 keep them. */
public enum StatusMode {
    MANUAL,
    AUTOMATIC
}
