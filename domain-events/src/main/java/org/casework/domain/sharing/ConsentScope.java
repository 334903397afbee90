package org.casework.domain.sharing;

/** Whom the client agreed their file may be shared with. */
public enum ConsentScope {
    /** any worker of the organisation */
    ANY_WORKER,
    /** only the workers the consent names */
    NAMED_WORKERS
}
