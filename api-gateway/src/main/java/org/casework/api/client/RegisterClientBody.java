package org.casework.api.client;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Registration: the personal data, who is responsible (default: the caller) and the first-contact date. */
@Schema(example = """
        {"firstName": "Jana", "lastName": "Dvořáková", "birthDate": "1978-06-14", "birthNumber": "785614/1238",
         "birthPlace": "Praha",
         "addresses": {"permanent": {"street": "Dlouhá", "houseNumber": "12", "city": "Praha", "postalCode": "11000"}},
         "contacts": {"mobile": "+420 601 234 567", "email": "jana.dvorakova@example.org"},
         "registeredOn": "2026-11-02"}""")
public class RegisterClientBody extends PersonalDataBody {

    @Size(max = 100)
    public String responsibleWorker;
    /** The day of the first contact; today when absent. */
    public LocalDate registeredOn;
    /** The client is another person than the files of the same name and birth date (no birth number given). */
    public Boolean confirmedDistinct;
}
