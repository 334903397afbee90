package org.casework.api.readmodel;

import jakarta.persistence.EntityManagerFactory;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.springboot.EventProcessorProperties;
import org.casework.api.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.util.Set;
import java.util.TreeSet;

/**
 * A sequenced dead-letter queue for every processor with {@code dlq.enabled} (application.yml): Axon's
 * JdbcSequencedDeadLetterQueue, which Axon's JDBC auto-configuration builds on our connection provider, transaction
 * manager and event serializer (so dead letters hold personal data encrypted) with the schema below. An event its
 * read model cannot apply is kept there with the later events of its file behind it, in order (the processor's
 * sequencing policy); every other file goes on. A rebuild clears the queue (its events are applied again anyway, Rebuilds).
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterConfiguration.class);

    /** The table of V8__dead_letters.sql. */
    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /**
     * The cause kept is {@link EventNotApplied}'s masked description; the sequence-identifier cache spares a query
     * per event while a segment has no dead letters; a token reset would clear the queue (rebuilds clear it in the
     * swap's transaction instead).
     */
    @Bean
    ConfigurerModule deadLetterPolicies(EventProcessorProperties properties) {
        return configurer -> deadLettered(properties).forEach(group -> configurer.eventProcessing()
                .registerDeadLetterPolicy(group, c -> policy(group))
                .registerDeadLetteringEventHandlerInvokerConfiguration(group, (c, invoker) -> invoker
                        .enableSequenceIdentifierCache()
                        .allowReset(true)));
    }

    @Bean
    static SavepointPerEvent savepointPerEvent(EventProcessorProperties properties,
                                               ObjectProvider<DataSource> dataSources,
                                               ObjectProvider<EntityManagerFactory> entityManagers) {
        return new SavepointPerEvent(deadLettered(properties), dataSources, entityManagers);
    }

    static Set<String> deadLettered(EventProcessorProperties properties) {
        Set<String> names = new TreeSet<>();
        properties.getProcessors().forEach((name, settings) -> {
            if (settings.getDlq().isEnabled()) {
                names.add(name);
            }
        });
        return names;
    }

    /**
     * A conflict that passes by itself: a policy's command met another command's lock in the opposite order (Axon
     * breaks such a deadlock by failing one side) or lost a concurrent write to the same file.
     */
    static boolean passing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LockAcquisitionFailedException || t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    static EnqueuePolicy<EventMessage<?>> policy(String group) {
        return (letter, cause) -> {
            if (DatabaseOutage.isCauseOf(cause) || passing(cause)) {
                // no dead letter for an outage or a passing conflict: the batch fails (its locks are released), and
                // the processor tries it again with back-off
                throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
            }
            EventNotApplied failure = EventNotApplied.of(cause);
            log.warn("Read model {} could not apply event {} ({}) of sequence {}; it waits as a dead letter: {}",
                    group, letter.message().getIdentifier(), letter.message().getPayloadType().getSimpleName(),
                    DeadLetters.sequenceOf(letter), failure.getMessage());
            return Decisions.enqueue(new ThrowableCause(failure.causeType(), failure.getMessage()));
        };
    }
}
