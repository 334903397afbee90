package org.casework.query.access;

/** Why a worker may work on a file. */
public enum AccessBasis {
    RESPONSIBLE,
    /** a share, working only on the days its consent is in force */
    SHARE
}
