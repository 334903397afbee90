package org.casework.command.client;

import org.casework.command.rules.AddressRules;
import org.casework.command.rules.BusinessDates;
import org.casework.command.rules.InvalidValue;
import org.casework.command.rules.Text;
import org.casework.command.rules.Violations;
import org.casework.domain.client.Addresses;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.PersonalData;

import java.time.LocalDate;

/** What makes personal data acceptable (R7), and the cleaned form in which it is stored. */
final class PersonalDataRules {

    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private PersonalDataRules() {
    }

    static PersonalData checked(PersonalData data, LocalDate today, Violations violations) {
        LocalDate birthDate = data.birthDate();
        BusinessDates.notInFuture(violations, "birthDate", birthDate, today);
        violations.require(birthDate == null || !birthDate.isBefore(EARLIEST_BIRTH_DATE),
                "birthDate", "plausible-birth-date", "must not be before " + EARLIEST_BIRTH_DATE);

        String birthNumber = Text.clean(data.birthNumber());
        if (birthNumber != null) {
            birthNumber = checkedBirthNumber(birthNumber, birthDate, today, violations);
        }
        return new PersonalData(
                Text.clean(data.firstName()),
                Text.clean(data.lastName()),
                Text.clean(data.titleBefore()),
                Text.clean(data.titleAfter()),
                birthDate,
                birthNumber,
                Text.clean(data.birthPlace()),
                cleaned(data.addresses()),
                cleaned(data.contacts()));
    }

    private static String checkedBirthNumber(String text, LocalDate birthDate, LocalDate today,
                                             Violations violations) {
        try {
            BirthNumber number = BirthNumber.parse(text);
            if (number.birthDate().isAfter(today)) {
                violations.add("birthNumber", "birth-number-date",
                        "encodes a birth date in the future (" + number.birthDate() + ")");
            } else if (birthDate != null && !birthDate.equals(number.birthDate())) {
                violations.add("birthNumber", "birth-number-matches-birth-date",
                        "encodes " + number.birthDate() + " but the birth date is " + birthDate);
            }
            return number.formatted();
        } catch (InvalidValue invalid) {
            violations.add("birthNumber", invalid.rule(), invalid.getMessage());
            return text;
        }
    }

    private static Addresses cleaned(Addresses addresses) {
        if (addresses == null) {
            return Addresses.none();
        }
        return new Addresses(AddressRules.cleaned(addresses.permanent()), AddressRules.cleaned(addresses.actual()),
                AddressRules.cleaned(addresses.correspondence()));
    }

    private static Contacts cleaned(Contacts contacts) {
        if (contacts == null) {
            return Contacts.none();
        }
        return new Contacts(Text.clean(contacts.phone()), Text.clean(contacts.mobile()),
                Text.clean(contacts.email()));
    }
}
