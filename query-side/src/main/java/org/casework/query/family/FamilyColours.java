package org.casework.query.family;

import org.casework.query.care.CareFiles;
import org.casework.query.care.KeptColours;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

@Component
class FamilyColours implements KeptColours {

    private final FamilyFileRepository files;
    private final CareFiles care;

    FamilyColours(FamilyFileRepository files, CareFiles care) {
        this.files = files;
        this.care = care;
    }

    @Override
    @Transactional
    public int recolourDue(LocalDate today, int batch) {
        return care.recolourDue("family_file", today, batch, files::findAllById, FamilyFile::getId, FamilyFile::care);
    }
}
