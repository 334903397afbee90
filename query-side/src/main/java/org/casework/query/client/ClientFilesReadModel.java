package org.casework.query.client;

import org.casework.query.support.Rebuildable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/** Client files, with the client's contracts and plan versions (tables shared with family files). */
@Component
class ClientFilesReadModel implements Rebuildable {

    private final Clock clock;

    ClientFilesReadModel(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return ClientFileProjection.NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("client_file", "contract", "plan_version");
    }

    @Override
    public Rebuild startRebuild() {
        MemoryClientFileStore store = new MemoryClientFileStore();
        return Rebuildable.of(new ClientFileProjection(store, clock), store::rows);
    }
}
