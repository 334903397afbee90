package org.casework.query.engagement;

import org.casework.query.support.Rebuildable;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class EngagementsReadModel implements Rebuildable {

    @Override
    public String name() {
        return EngagementProjection.NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("engagement_view");
    }

    @Override
    public Rebuild startRebuild() {
        EngagementStore.Memory store = new EngagementStore.Memory();
        return Rebuildable.of(new EngagementProjection(store), store::rows);
    }
}
