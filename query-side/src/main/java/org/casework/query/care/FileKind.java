package org.casework.query.care;

/** Whose file a status entry, contract or plan belongs to: a client's or a family's. */
public enum FileKind {
    CLIENT,
    FAMILY
}
