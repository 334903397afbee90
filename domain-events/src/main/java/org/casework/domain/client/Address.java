package org.casework.domain.client;

import org.casework.domain.Erasure;
import org.casework.domain.Personal;

public record Address(
        @Personal String street,
        @Personal String houseNumber,
        @Personal String city,
        @Personal String postalCode) {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
