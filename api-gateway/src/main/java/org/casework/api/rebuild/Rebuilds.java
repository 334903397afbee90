package org.casework.api.rebuild;

import jakarta.persistence.EntityManagerFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.casework.api.database.ProcessingLane;
import org.casework.api.erasure.PersonalDataKeys;
import org.casework.query.support.Rebuildable;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds read models without stopping them (README "How the read side is built"): one ordered pass over the event
 * store in one snapshot feeds every read model being rebuilt, in memory; their rows go into shadow tables, which get
 * their indexes and then, in one transaction, replace the live tables while each rebuilt processor's token is set to
 * the snapshot's position. Until then the live tables keep answering and the live processors keep applying new
 * events to them; afterwards the processors carry on from the snapshot, so no event is lost or applied twice. One
 * rebuild at a time across all nodes (a PostgreSQL advisory lock held for its length); a rebuild that dies leaves
 * the live tables as they were, and the next one starts afresh.
 */
@Component
public class Rebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    /** The advisory lock that makes one rebuild at a time, on any node. */
    private static final long LOCK = 0x6361736577L;

    private final Map<String, Rebuildable> readModels = new LinkedHashMap<>();
    private final DataSource dataSource;
    private final SessionFactory sessions;
    private final EventPass pass;
    private final Serializer tokenSerializer;
    private final EventProcessingConfiguration processing;
    private final Clock clock;
    private final PersonalDataKeys keys;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(
            runnable -> ProcessingLane.newThread(runnable, "read-model-rebuild"));
    private volatile Run current;

    Rebuilds(List<Rebuildable> readModels, DataSource dataSource, EntityManagerFactory entityManagers,
             @Qualifier("eventSerializer") Serializer eventSerializer, List<EventUpcaster> upcasters,
             Serializer serializer, EventProcessingConfiguration processing, RebuildProperties properties,
             PersonalDataKeys keys, Clock clock) {
        readModels.forEach(model -> this.readModels.put(model.name(), model));
        this.dataSource = dataSource;
        this.sessions = entityManagers.unwrap(SessionFactory.class);
        this.pass = new EventPass(eventSerializer, new EventUpcasterChain(upcasters), properties.maxEventsPerSecond());
        this.tokenSerializer = serializer;
        this.processing = processing;
        this.clock = clock;
        this.keys = keys;
    }

    private static final class Run {
        final RebuildProgress progress;
        volatile boolean cancelled;

        Run(RebuildProgress progress) {
            this.progress = progress;
        }
    }

    /** A read model's name, or the name of the processor that keeps read models live. */
    public boolean rebuildable(String name) {
        return readModels.containsKey(name) || processors(readModels.keySet()).contains(name);
    }

    public Set<String> names() {
        return new TreeSet<>(readModels.keySet());
    }

    /**
     * The read models named (or kept by the processor named), with every read model that shares a table or a
     * processor with them: they are rebuilt together.
     */
    public List<String> together(Collection<String> names) {
        Set<String> unit = new TreeSet<>();
        readModels.values().stream().filter(model -> names.contains(model.name()) || names.contains(model.processor()))
                .forEach(model -> unit.add(model.name()));
        boolean grew = true;
        while (grew) {
            Set<String> tables = new TreeSet<>();
            Set<String> processors = processors(unit);
            unit.forEach(name -> tables.addAll(readModels.get(name).tables()));
            grew = unit.addAll(readModels.values().stream()
                    .filter(model -> processors.contains(model.processor())
                            || model.tables().stream().anyMatch(tables::contains))
                    .map(Rebuildable::name).toList());
        }
        return List.copyOf(unit);
    }

    /** The processor that keeps this read model live. */
    public Optional<String> processorOf(String readModel) {
        return Optional.ofNullable(readModels.get(readModel)).map(Rebuildable::processor);
    }

    /** The read models this processor keeps live (none for a processor that keeps no rebuildable read model). */
    public List<String> keptBy(String processor) {
        return readModels.values().stream().filter(model -> model.processor().equals(processor))
                .map(Rebuildable::name).sorted().toList();
    }

    /** The processors that keep these read models live. */
    public Set<String> processors(Collection<String> readModelNames) {
        Set<String> processors = new TreeSet<>();
        readModelNames.forEach(name -> processors.add(readModels.get(name).processor()));
        return processors;
    }

    /** The rebuild under way or the last one this node ran. */
    public Optional<RebuildProgress> last() {
        Run run = current;
        return run == null ? Optional.empty() : Optional.of(run.progress);
    }

    public Optional<RebuildProgress> running() {
        return last().filter(progress -> progress.state().running());
    }

    /**
     * Starts rebuilding {@code names} and the read models they share tables with; empty while a rebuild runs on
     * this or another node.
     */
    public synchronized Optional<RebuildProgress> start(Collection<String> names) {
        if (running().isPresent()) {
            return Optional.empty();
        }
        List<String> unit = together(names);
        Connection snapshot = null;
        try {
            snapshot = dataSource.getConnection();
            if (!advisoryLock(snapshot)) {
                snapshot.close();
                snapshot = null;
                return Optional.empty();
            }
            snapshot.setAutoCommit(false);
            snapshot.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            snapshot.setReadOnly(true);
            long total = count(snapshot);
            Run run = new Run(new RebuildProgress(unit, total));
            current = run;
            log.info("Rebuilding read models {} from {} events", unit, total);
            Connection connection = snapshot;
            runner.execute(() -> run(run, connection));
            return Optional.of(run.progress);
        } catch (SQLException | RuntimeException e) {
            release(snapshot);
            throw new IllegalStateException("could not start a rebuild", e);
        }
    }

    /** Cancels the rebuild under way on this node; the live tables stay as they are. */
    public boolean cancel() {
        Run run = current;
        if (run == null || !run.progress.state().running()) {
            return false;
        }
        run.cancelled = true;
        return true;
    }

    private void run(Run run, Connection snapshot) {
        RebuildProgress progress = run.progress;
        List<String> unit = progress.readModels();
        List<Rebuildable.Rebuild> rebuilds = unit.stream().map(name -> readModels.get(name).startRebuild()).toList();
        List<String> tables = unit.stream().flatMap(name -> readModels.get(name).tables().stream()).distinct()
                .toList();
        ShadowTables shadow = new ShadowTables(tables);
        RebuildProgress.Phase outcome = null;
        String failure = null;
        try {
            inTransaction(shadow::create);
            log.info("Rebuild: {} keys of personal data loaded", keys.loadAll());
            List<AnnotationEventHandlerAdapter> handlers = rebuilds.stream()
                    .flatMap(rebuild -> rebuild.handlers().stream()).map(AnnotationEventHandlerAdapter::new).toList();
            GapAwareTrackingToken token = pass.run(snapshot, handlers, progress, () -> run.cancelled);
            snapshot.commit();
            progress.reached(token.getIndex());
            checkCancelled(run);

            progress.phase(RebuildProgress.Phase.WRITING);
            try (Connection connection = dataSource.getConnection()) {
                new RowWriter(sessions).write(connection,
                        rebuilds.stream().flatMap(Rebuildable.Rebuild::rows), progress);
            }
            checkCancelled(run);

            progress.phase(RebuildProgress.Phase.INDEXING);
            inTransaction(shadow::index);
            checkCancelled(run);

            progress.phase(RebuildProgress.Phase.SWAPPING);
            swap(unit, shadow, token);
            outcome = RebuildProgress.Phase.DONE;
            log.info("Rebuilt read models {}: {} events, {} rows in {} s; they go on from position {}", unit,
                    progress.state().eventsDone(), progress.state().rowsWritten(), progress.state().seconds(),
                    token.getIndex());
        } catch (EventPass.Cancelled | CancelledException e) {
            outcome = RebuildProgress.Phase.CANCELLED;
            log.info("Rebuild of read models {} cancelled; the live tables stay as they were", unit);
        } catch (Exception e) {
            failure = e.getMessage();
            log.error("Rebuild of read models {} failed; the live tables stay as they were: {}", unit,
                    e.getMessage());
        } finally {
            // the leftovers go before the end is shown, so a finished rebuild has none
            try {
                inTransaction(shadow::drop);
            } catch (SQLException | RuntimeException e) {
                log.warn("Could not drop the rebuild's shadow tables; the next rebuild drops them");
            }
            release(snapshot);
            if (outcome == null) {
                progress.failed(failure == null ? "stopped" : failure);
            } else {
                progress.phase(outcome);
            }
        }
    }

    private static final class CancelledException extends RuntimeException {
        CancelledException() {
            super("cancelled", null, false, false);
        }
    }

    private static void checkCancelled(Run run) {
        if (run.cancelled) {
            throw new CancelledException();
        }
    }

    /**
     * This node's processors stop for the swap (their last batches commit first) and start again afterwards. Any
     * other node's segments lose their claim with the new tokens (owner cleared), so a batch they were applying to
     * the old tables fails when it stores its token, and they go on from the new token.
     */
    private void swap(List<String> unit, ShadowTables shadow, GapAwareTrackingToken token) throws SQLException {
        Set<String> names = processors(unit);
        List<StreamingEventProcessor> processors = names.stream()
                .map(name -> processing.eventProcessor(name, StreamingEventProcessor.class))
                .flatMap(Optional::stream).toList();
        processors.forEach(StreamingEventProcessor::shutDown);
        try {
            inTransaction(connection -> {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("set local lock_timeout = '30s'");
                }
                shadow.swap(connection);
                setTokens(connection, names, token);
            });
        } finally {
            processors.forEach(StreamingEventProcessor::start);
        }
    }

    private void setTokens(Connection connection, Set<String> processors, GapAwareTrackingToken token)
            throws SQLException {
        SerializedObject<byte[]> serialized = tokenSerializer.serialize(token, byte[].class);
        Array names = connection.createArrayOf("varchar", processors.toArray());
        try (PreparedStatement lock = connection.prepareStatement(
                "select processor_name, segment from token_entry where processor_name = any(?) for update")) {
            lock.setArray(1, names);
            lock.executeQuery().close();
        }
        try (PreparedStatement update = connection.prepareStatement("update token_entry set token = ?,"
                + " token_type = ?, owner = null, timestamp = ? where processor_name = any(?)")) {
            update.setBytes(1, serialized.getData());
            update.setString(2, serialized.getType().getName());
            update.setString(3, clock.instant().toString());
            update.setArray(4, names);
            update.executeUpdate();
        }
        // their events are in the rebuilt tables now, applied in order with all the others
        try (PreparedStatement deadLetters = connection.prepareStatement(
                "delete from dead_letter_entry where processing_group = any(?)")) {
            deadLetters.setArray(1, names);
            deadLetters.executeUpdate();
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("delete from pending_rebuild");
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(Work work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static boolean advisoryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery("select count(*) from domain_event_entry")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The advisory lock belongs to the session, which outlives the pool's connection handle: unlocked first. */
    private static void release(Connection connection) {
        if (connection == null) {
            return;
        }
        try (connection) {
            connection.rollback();
            connection.setAutoCommit(true);
            try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, LOCK);
                unlock.executeQuery().close();
            }
        } catch (SQLException e) {
            // a broken connection: the pool discards it, and its session's lock ends with it
        }
    }

    @Override
    public void destroy() {
        cancel();
        runner.shutdownNow();
    }
}
