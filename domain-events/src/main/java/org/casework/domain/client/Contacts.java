package org.casework.domain.client;

import org.casework.domain.Erasure;
import org.casework.domain.Personal;

public record Contacts(@Personal String phone, @Personal String mobile, @Personal String email) {

    public static Contacts none() {
        return new Contacts(null, null, null);
    }

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
