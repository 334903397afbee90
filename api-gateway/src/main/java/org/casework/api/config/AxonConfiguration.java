package org.casework.api.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.TokenStoreProperties;
import org.casework.api.erasure.PersonalDataKeys;
import org.casework.api.erasure.PersonalDataSerializer;
import org.casework.command.rules.CommandInputGuard;
import org.casework.query.support.ClientSequencingPolicy;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;


import javax.sql.DataSource;
import java.time.Clock;

/**
 * Axon without Axon Server: events and tracking tokens in PostgreSQL through Axon's JDBC storage engine, on the
 * same data source and transactions as the read models, so a projection update and its token commit together.
 * The schema is created by Flyway (db/migration), in snake_case, with bytea payloads and a global index
 * allocated one by one.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    @Bean
    static AggregateEventTypeFilter aggregateEventTypeFilter() {
        return new AggregateEventTypeFilter();
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /** Axon's JDBC connections, bound to the unit of work and, where there is one, to Spring's transaction. */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new TransactionBoundConnections(dataSource));
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Tracking tokens, claimed per segment by the node that processes it. Nodes are told apart by
     * {@code casework.node-id} (default: process id and host name).
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                          TokenStoreProperties properties, @Value("${casework.node-id:}") String nodeId) {
        JdbcTokenStore.Builder tokenStore = JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout());
        if (!nodeId.isBlank()) {
            tokenStore.nodeId(nodeId);
        }
        return tokenStore.build();
    }

    /** PostgreSQL reports a unique violation as SQL state 23505; Axon turns it into a ConcurrencyException. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder()
                .objectMapper(AxonJson.objectMapper())
                .revisionResolver(new AnnotationRevisionResolver())
                .build();
    }

    /** Events are stored with their personal data encrypted by the key of their file (crypto-shredding). */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer, PersonalDataKeys keys) {
        return new PersonalDataSerializer(serializer, AxonJson.objectMapper(), keys);
    }

    @Bean
    ConsultationRecordedUpcaster consultationRecordedUpcaster() {
        return new ConsultationRecordedUpcaster();
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, MeterRegistry meters) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrencyRetryScheduler(meters))
                .build();
    }

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> recordingMetadataInterceptor(Clock clock) {
        return new RecordingMetadataInterceptor(clock);
    }

    /** Every command's texts and dates, whoever sends it (API, demo loader, policies), before any handler runs. */
    /** Events a deadline of the automatic rules causes name the system and the rule as their actor. */
    @Bean
    SmartInitializingSingleton deadlineActor(DeadlineManager deadlines, Clock clock) {
        return () -> deadlines.registerHandlerInterceptor(new DeadlineActor(clock));
    }

    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> commandInputGuard(Clock clock) {
        return new CommandInputGuard(clock);
    }

    @Bean
    CorrelationDataProvider recordingCorrelationDataProvider() {
        return new RecordingCorrelationDataProvider();
    }

    /**
     * The file-access projection runs in the transaction that stores the events; a failure there must undo the
     * command instead of being logged and skipped, or a file would be stored without its access rows.
     */
    @Bean
    ConfigurerModule fileAccessFailsTheCommand() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler("file-access", c -> PropagatingErrorHandler.instance());
    }

    /**
     * Axon's units of work in a savepoint of the transaction a request already has (an idempotent POST), else in
     * their own, as by default.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager, DataSource dataSource) {
        return new SavepointTransactionManager(new SpringTransactionManager(transactionManager), dataSource);
    }

    /**
     * Axon's own query bus, except that each query runs in a read-only, repeatable-read transaction: what the query
     * handlers declare, and what they got only in name, since they joined the bus's read-write transaction. A
     * read-write one made Hibernate dirty-check and flush every loaded file at commit (6 % of a worker's home).
     */
    @Bean
    @Qualifier("localSegment")
    SimpleQueryBus queryBus(org.axonframework.config.Configuration axon, PlatformTransactionManager transactionManager,
                            DataSource dataSource) {
        DefaultTransactionDefinition reading = new DefaultTransactionDefinition();
        reading.setReadOnly(true);
        reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return SimpleQueryBus.builder()
                .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
                .transactionManager(new SavepointTransactionManager(
                        new SpringTransactionManager(transactionManager, reading), dataSource))
                .errorHandler(axon.getComponent(QueryInvocationErrorHandler.class,
                        () -> LoggingQueryInvocationErrorHandler.builder().build()))
                .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
                .spanFactory(axon.getComponent(QueryBusSpanFactory.class))
                .build();
    }

    @Bean
    ClientSequencingPolicy clientSequencingPolicy() {
        return new ClientSequencingPolicy();
    }
}
