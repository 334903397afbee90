package org.casework.api.client;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casework.domain.client.Address;
import org.casework.domain.client.Addresses;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.PersonalData;

import java.time.LocalDate;

/**
 * The personal data of a client as the API takes it. Presence and length are checked here; what the data must
 * mean (birth number, dates) is checked by the Client aggregate.
 */
public class PersonalDataBody {

    @NotBlank
    @Size(max = 100)
    public String firstName;
    @NotBlank
    @Size(max = 100)
    public String lastName;
    @Size(max = 50)
    public String titleBefore;
    @Size(max = 50)
    public String titleAfter;
    @NotNull
    public LocalDate birthDate;
    @Size(max = 20)
    public String birthNumber;
    @Size(max = 200)
    public String birthPlace;
    @Valid
    public AddressesBody addresses;
    @Valid
    public ContactsBody contacts;

    PersonalData toPersonalData() {
        Addresses addressData = addresses == null ? Addresses.none()
                : new Addresses(address(addresses.permanent()), address(addresses.actual()),
                address(addresses.correspondence()));
        Contacts contactData = contacts == null ? Contacts.none()
                : new Contacts(contacts.phone(), contacts.mobile(), contacts.email());
        return new PersonalData(firstName, lastName, titleBefore, titleAfter, birthDate, birthNumber, birthPlace,
                addressData, contactData);
    }

    private static Address address(AddressBody body) {
        return body == null ? null : body.toAddress();
    }

    public record AddressesBody(@Valid AddressBody permanent, @Valid AddressBody actual,
                                @Valid AddressBody correspondence) {
    }

    public record AddressBody(@Size(max = 200) String street, @Size(max = 20) String houseNumber,
                              @Size(max = 100) String city, @Size(max = 20) String postalCode) {

        public Address toAddress() {
            return new Address(street, houseNumber, city, postalCode);
        }
    }

    public record ContactsBody(@Size(max = 40) String phone, @Size(max = 40) String mobile,
                               @Email @Size(max = 200) String email) {
    }
}
