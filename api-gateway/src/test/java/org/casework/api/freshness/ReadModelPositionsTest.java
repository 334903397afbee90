package org.casework.api.freshness;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelPositionsTest {

    /** Positions 11 and 12 were taken by a transaction that had not committed when the read model passed them. */
    private static final GapAwareTrackingToken PAST_14 = GapAwareTrackingToken.newInstance(14, List.of(11L, 12L));

    @Test
    void aPositionIsCoveredOnceTheReadModelIsPastItAndItIsNoGap() {
        assertThat(ReadModelPositions.covers(PAST_14, 14)).isTrue();
        assertThat(ReadModelPositions.covers(PAST_14, 13)).isTrue();
        assertThat(ReadModelPositions.covers(PAST_14, 15)).as("not reached yet").isFalse();
    }

    @Test
    void anEventCommittedLateBelowTheReadModelsPositionIsNotCoveredUntilApplied() {
        assertThat(ReadModelPositions.covers(PAST_14, 12)).isFalse();
        assertThat(ReadModelPositions.covers(GapAwareTrackingToken.newInstance(14, List.of(11L)), 12)).isTrue();
    }

    @Test
    void aReadModelBeingReplayedCoversOnlyWhatItHasReplayed() {
        ReplayToken replaying = (ReplayToken) ReplayToken.createReplayToken(
                GapAwareTrackingToken.newInstance(100, List.of()), GapAwareTrackingToken.newInstance(20, List.of()));
        assertThat(ReadModelPositions.covers(replaying, 20)).isTrue();
        assertThat(ReadModelPositions.covers(replaying, 21)).isFalse();
    }

    @Test
    void aReadModelThatHasAppliedNothingCoversNothing() {
        assertThat(ReadModelPositions.covers(null, 1)).isFalse();
        assertThat(ReadModelPositions.covers(new GlobalSequenceTrackingToken(5), 5)).isTrue();
    }
}
