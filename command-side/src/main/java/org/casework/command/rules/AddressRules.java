package org.casework.command.rules;

import org.casework.domain.client.Address;

/** An address as it is stored: each part cleaned as {@link Text}, and no address at all when every part is blank. */
public final class AddressRules {

    private AddressRules() {
    }

    public static Address cleaned(Address address) {
        if (address == null) {
            return null;
        }
        Address clean = new Address(Text.clean(address.street()), Text.clean(address.houseNumber()),
                Text.clean(address.city()), Text.clean(address.postalCode()));
        boolean empty = clean.street() == null && clean.houseNumber() == null && clean.city() == null
                && clean.postalCode() == null;
        return empty ? null : clean;
    }
}
