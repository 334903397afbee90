package org.casework.api.platform;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.casework.domain.Erasure;
import org.casework.domain.client.Address;
import org.casework.domain.client.Addresses;
import org.casework.domain.client.ClientRegistered;
import org.casework.domain.client.Contacts;
import org.casework.domain.client.PersonalData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event reaches log lines as text (Axon's messages and dead letters print their payload): no record holding
 * personal data may print it.
 */
class PersonalToStringTest {

    @Test
    void everyRecordHoldingPersonalDataHidesItInToString() throws Exception {
        List<Class<?>> personal = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.casework.domain").stream().map(JavaClass::reflect)
                .filter(type -> type.isRecord() && type.getRecordComponents().length > 0)
                .filter(type -> hasOwnPersonalData(type))
                .toList();
        assertThat(personal).contains(PersonalData.class, Address.class);
        for (Class<?> type : personal) {
            assertThat(type.getDeclaredMethod("toString").getDeclaringClass()).as(type.getName()).isEqualTo(type);
        }
    }

    @Test
    void aRegisteredClientPrintsWithoutNameBirthDateOrAddress() {
        UUID id = UUID.randomUUID();
        ClientRegistered event = new ClientRegistered(id, new PersonalData("Jana", "Tichá", null, null,
                LocalDate.of(1981, 2, 3), "815203/1234", "Brno",
                new Addresses(new Address("Lipová", "7", "Olomouc", "77900"), null, null),
                new Contacts(null, "+420 600 100 200", null)), "alice", LocalDate.of(2026, 1, 5));
        assertThat(event.toString()).contains(id.toString(), "alice", "2026-01-05", "titleBefore=null", "***")
                .doesNotContain("Jana", "Tichá", "1981", "815203", "Brno", "Lipová", "Olomouc", "77900", "600");
    }

    /** A record whose own components are personal, or that holds such records (they print through it). */
    private static boolean hasOwnPersonalData(Class<?> type) {
        return Erasure.holdsPersonalData(type) && !type.getName().contains("$");
    }
}
