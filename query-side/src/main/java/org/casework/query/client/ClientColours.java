package org.casework.query.client;

import org.casework.query.care.CareFiles;
import org.casework.query.care.KeptColours;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

@Component
class ClientColours implements KeptColours {

    private final ClientFileRepository files;
    private final CareFiles care;

    ClientColours(ClientFileRepository files, CareFiles care) {
        this.files = files;
        this.care = care;
    }

    @Override
    @Transactional
    public int recolourDue(LocalDate today, int batch) {
        return care.recolourDue("client_file", today, batch, files::findByIdIn, ClientFile::getId, ClientFile::care);
    }
}
