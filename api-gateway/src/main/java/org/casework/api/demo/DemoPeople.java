package org.casework.api.demo;

import org.casework.domain.client.Address;
import org.casework.domain.client.Addresses;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.PersonalData;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Makes up people: their names, birth dates and Czech birth numbers (R7), addresses and contacts. */
final class DemoPeople {

    private static final int LAST_NINE_DIGIT_YEAR = 1953;

    private DemoPeople() {
    }

    /** Someone born between {@code oldest} and {@code youngest} years before {@code today}. */
    static PersonalData person(RandomGenerator random, DemoVocabulary language, String surname, boolean woman,
                               Address home, LocalDate today, int youngest, int oldest) {
        LocalDate birthDate = today.minusYears(youngest).minusDays(random.nextInt(Math.max(1, (oldest - youngest) * 365)));
        String firstName = language.firstName(random, woman);
        String lastName = DemoVocabulary.form(surname, woman);
        String birthNumber = language == DemoVocabulary.CZECH && random.nextInt(100) < 85
                ? birthNumber(random, birthDate, woman) : null;
        String birthPlace = random.nextInt(100) < 70 ? cityName(language.city(random)) : null;
        boolean adult = !birthDate.isAfter(today.minusYears(18));
        Contacts contacts = adult ? new Contacts(null, random.nextInt(100) < 75 ? language.phone(random) : null,
                random.nextInt(100) < 30 ? email(firstName, lastName, random) : null) : Contacts.none();
        String titleBefore = adult && language == DemoVocabulary.CZECH && random.nextInt(100) < 4 ? "Mgr." : null;
        return new PersonalData(firstName, lastName, titleBefore, null, birthDate, birthNumber, birthPlace,
                new Addresses(home, null, null), contacts);
    }

    static Address address(RandomGenerator random, DemoVocabulary language) {
        String city = language.city(random);
        return new Address(language.street(random), String.valueOf(1 + random.nextInt(120)), cityName(city),
                city.substring(city.indexOf('/') + 1));
    }

    /**
     * YYMMDD/SSSC as the registry issues it: women have 50 added to the month; before 1954 there is no check digit,
     * after it the ten digits taken as a number are divisible by 11 (first nine mod 11, then mod 10).
     */
    static String birthNumber(RandomGenerator random, LocalDate birthDate, boolean woman) {
        String date = "%02d%02d%02d".formatted(birthDate.getYear() % 100,
                birthDate.getMonthValue() + (woman ? 50 : 0), birthDate.getDayOfMonth());
        String serial = "%03d".formatted(random.nextInt(1000));
        if (birthDate.getYear() <= LAST_NINE_DIGIT_YEAR) {
            return date + "/" + serial;
        }
        long firstNine = Long.parseLong(date + serial);
        return date + "/" + serial + (firstNine % 11 % 10);
    }

    private static String email(String firstName, String lastName, RandomGenerator random) {
        String plain = Normalizer.normalize(firstName + "." + lastName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain + (random.nextInt(100)) + "@example.org";
    }

    private static String cityName(String cityAndPostalCode) {
        return cityAndPostalCode.substring(0, cityAndPostalCode.indexOf('/'));
    }
}
