package org.casework.command.client;

import org.casework.domain.client.PersonalData;

import java.util.UUID;

/** A file's claim on its birth number follows its personal data: taken, moved to a new number, or given up. */
final class OneFilePerBirthNumber {

    private OneFilePerBirthNumber() {
    }

    static void claim(BirthNumberClaims claims, UUID clientId, PersonalData checked) {
        if (checked.birthNumber() == null) {
            claims.release(clientId);
            return;
        }
        claims.claim(checked.birthNumber(), clientId).ifPresent(existing -> {
            throw new DuplicateBirthNumberException(existing);
        });
    }
}
