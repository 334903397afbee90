package org.casework.query.status;

import org.casework.query.support.Rebuildable;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class StatusesReadModel implements Rebuildable {

    @Override
    public String name() {
        return StatusProjection.NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("status_entry", "status_period", "status_day", "status_entry_day");
    }

    @Override
    public Rebuild startRebuild() {
        StatusStore.Memory store = new StatusStore.Memory();
        return Rebuildable.of(new StatusProjection(store), store::rows);
    }
}
