package org.casework.domain.client;

import org.casework.domain.Personal;

public record Address(
        @Personal String street,
        @Personal String houseNumber,
        @Personal String city,
        @Personal String postalCode) {
}
