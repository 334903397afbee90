package org.casework.query.family;

import org.casework.query.support.Rebuildable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/** Family files and memberships, with the family's contracts and plan versions (tables shared with client files). */
@Component
class FamilyFilesReadModel implements Rebuildable {

    private final Clock clock;

    FamilyFilesReadModel(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return FamilyFileProjection.NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("family_file", "family_member", "contract", "plan_version");
    }

    @Override
    public Rebuild startRebuild() {
        FamilyStore.Memory store = new FamilyStore.Memory();
        return Rebuildable.of(new FamilyFileProjection(store, clock), store::rows);
    }
}
