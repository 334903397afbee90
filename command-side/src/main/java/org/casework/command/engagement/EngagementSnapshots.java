package org.casework.command.engagement;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How often an engagement is snapshotted: loading it never replays more than this many events. */
@Configuration(proxyBeanMethods = false)
class EngagementSnapshots {

    static final String TRIGGER = "engagementSnapshotTrigger";
    static final int EVENTS_BETWEEN_SNAPSHOTS = 100;

    @Bean(TRIGGER)
    SnapshotTriggerDefinition engagementSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, EVENTS_BETWEEN_SNAPSHOTS);
    }
}
