package org.casework.query.chronology;

import org.casework.query.support.Rebuildable;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class ChronologyReadModel implements Rebuildable {

    @Override
    public String name() {
        return ChronologyProjection.NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("chronology_entry");
    }

    @Override
    public Rebuild startRebuild() {
        ChronologyStore.Memory store = new ChronologyStore.Memory();
        return Rebuildable.of(new ChronologyProjection(store), store::rows);
    }
}
