package org.casework.domain.client;

public record Contacts(String phone, String mobile, String email) {

    public static Contacts none() {
        return new Contacts(null, null, null);
    }
}
