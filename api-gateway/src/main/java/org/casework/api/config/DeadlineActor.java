package org.casework.api.config;

import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.casework.domain.EventMetadata;

import java.time.Clock;
import java.util.Map;

/**
 * Events caused by a deadline of the automatic rules name the system and the rule as their actor
 * ({@code system:no-contact}, {@code system:contract-starts}, {@code system:contract-expires}), the time the rule ran
 * and the deadline as their correlation: the deadline's unit of work has no request behind it, so without this the
 * auditor's "who" would be empty. The deadline's log lines carry that correlation id too.
 */
class DeadlineActor implements MessageHandlerInterceptor<DeadlineMessage<?>> {

    static final String PREFIX = RecordingMetadataInterceptor.SYSTEM_ACTOR + ":";

    private final Clock clock;

    DeadlineActor(Clock clock) {
        this.clock = clock;
    }

    static String of(String deadlineName) {
        return PREFIX + deadlineName;
    }

    @Override
    public Object handle(UnitOfWork<? extends DeadlineMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        DeadlineMessage<?> deadline = unitOfWork.getMessage();
        Map<String, Object> metadata = Map.of(
                EventMetadata.ACTOR, of(deadline.getDeadlineName()),
                EventMetadata.RECORDED_AT, clock.instant().toString(),
                EventMetadata.CORRELATION_ID, deadline.getIdentifier(),
                EventMetadata.CAUSATION_ID, deadline.getIdentifier());
        unitOfWork.registerCorrelationDataProvider(message -> metadata);
        return LoggedCorrelation.during(deadline.getIdentifier(), chain::proceed);
    }
}
