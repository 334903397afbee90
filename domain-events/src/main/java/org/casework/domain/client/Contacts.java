package org.casework.domain.client;

import org.casework.domain.Personal;

public record Contacts(@Personal String phone, @Personal String mobile, @Personal String email) {

    public static Contacts none() {
        return new Contacts(null, null, null);
    }
}
