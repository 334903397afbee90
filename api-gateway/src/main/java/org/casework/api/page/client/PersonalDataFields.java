package org.casework.api.page.client;

import java.util.ArrayList;
import java.util.List;

/** The inputs of the personal data, named by the API's field paths (registration and the edit form). */
final class PersonalDataFields {

    static final List<String> ADDRESS_KINDS = List.of("permanent", "actual", "correspondence");
    static final List<String> ADDRESS_PARTS = List.of("street", "houseNumber", "city", "postalCode");
    static final List<String> CONTACTS = List.of("contacts.phone", "contacts.mobile", "contacts.email");
    static final List<String> PERSON = List.of("titleBefore", "firstName", "lastName", "titleAfter", "birthDate",
            "birthNumber", "birthPlace");
    static final List<String> ALL = all();

    private PersonalDataFields() {
    }

    private static List<String> all() {
        List<String> fields = new ArrayList<>(PERSON);
        for (String kind : ADDRESS_KINDS) {
            for (String part : ADDRESS_PARTS) {
                fields.add("addresses." + kind + "." + part);
            }
        }
        fields.addAll(CONTACTS);
        return List.copyOf(fields);
    }
}
