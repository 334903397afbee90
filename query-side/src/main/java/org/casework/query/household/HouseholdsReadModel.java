package org.casework.query.household;

import org.casework.query.support.Rebuildable;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class HouseholdsReadModel implements Rebuildable {

    @Override
    public String name() {
        return HouseholdProjection.NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("household_assessment");
    }

    @Override
    public Rebuild startRebuild() {
        HouseholdStore.Memory store = new HouseholdStore.Memory();
        return Rebuildable.of(new HouseholdProjection(store), store::rows);
    }
}
