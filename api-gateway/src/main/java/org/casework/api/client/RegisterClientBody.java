package org.casework.api.client;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Registration: the personal data, who is responsible (default: the caller) and the first-contact date. */
public class RegisterClientBody extends PersonalDataBody {

    @Size(max = 100)
    public String responsibleWorker;
    /** The day of the first contact; today when absent. */
    public LocalDate registeredOn;
    /** The client is another person than the files of the same name and birth date (no birth number given). */
    public Boolean confirmedDistinct;
}
