package org.casework.domain;

import java.util.UUID;

/** An event that belongs to one family's file: its membership, status history, contracts and plan. */
public interface FamilyEvent {

    UUID familyId();
}
