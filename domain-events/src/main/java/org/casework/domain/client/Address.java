package org.casework.domain.client;

public record Address(String street, String houseNumber, String city, String postalCode) {
}
