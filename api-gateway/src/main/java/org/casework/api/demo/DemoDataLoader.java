package org.casework.api.demo;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.security.Account;
import org.casework.api.security.Role;
import org.casework.api.security.UserAccounts;
import org.casework.command.client.DuplicateBirthNumberException;
import org.casework.command.client.RegisterClient;
import org.casework.domain.EventMetadata;
import org.casework.domain.client.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads {@code casework.demo-data.clients} demo clients into an empty store at start-up, through the command
 * gateway like any request: every rule applies and every event is stored with its actor (the file's worker) and a
 * correlation id per unit ({@code demo-data-<unit>}). The service reports ready when loading is done; the read
 * models and the automatic status rules catch up after. A store that holds any file is left alone.
 */
@Component
@Order(100)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String FALLBACK_WORKER = "demo";
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final DemoDataProperties properties;
    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final UserAccounts accounts;
    private final Clock clock;
    private final AtomicInteger loadedClients = new AtomicInteger();

    DemoDataLoader(DemoDataProperties properties, CommandGateway commands, JdbcTemplate jdbc, UserAccounts accounts,
                   Clock clock, MeterRegistry meters) {
        this.properties = properties;
        this.commands = commands;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        Gauge.builder("casework.demo_data.clients", loadedClients, AtomicInteger::get)
                .description("Demo clients loaded since start-up").register(meters);
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        if (properties.clients() == 0) {
            return;
        }
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from domain_event_entry where type in ('Client', 'Family'))", Boolean.class))) {
            log.info("The store already holds files; demo data not loaded");
            return;
        }
        List<String> workers = accounts.all().stream()
                .filter(account -> account.enabled() && account.roles().contains(Role.WORKER))
                .map(Account::username).sorted().toList();
        if (workers.isEmpty()) {
            workers = List.of(FALLBACK_WORKER);
        }
        DemoData data = new DemoData(properties.seed(), LocalDate.now(clock), properties.years(), workers);
        List<Integer> sizes = data.unitSizes(properties.clients());
        log.info("Loading {} demo clients in {} units for workers {} (seed {}, {} threads)", properties.clients(),
                sizes.size(), workers, properties.seed(), properties.threads());
        load(data, sizes);
    }

    private void load(DemoData data, List<Integer> sizes) throws Exception {
        long started = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicLong sent = new AtomicLong();
        AtomicLong consultations = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        ExecutorService threads = Executors.newFixedThreadPool(properties.threads(), runnable -> {
            Thread thread = new Thread(runnable, "demo-data");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < properties.threads(); t++) {
            running.add(threads.submit(() -> {
                for (int index = next.getAndIncrement(); index < sizes.size() && failure.get() == null;
                     index = next.getAndIncrement()) {
                    DemoData.Unit unit = data.unit(index, sizes.get(index), properties.clients());
                    try {
                        send(unit);
                        sent.addAndGet(unit.commands().size());
                        consultations.addAndGet(unit.consultations());
                        loadedClients.addAndGet(unit.clients());
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, new IllegalStateException(
                                "Demo data unit " + index + " was refused: " + e.getMessage(), e));
                    }
                }
            }));
        }
        threads.shutdown();
        while (!threads.awaitTermination(PROGRESS_EVERY.toSeconds(), TimeUnit.SECONDS)) {
            log.info("Demo data: {} of {} clients, {} commands, {} consultations", loadedClients.get(),
                    properties.clients(), sent.get(), consultations.get());
        }
        for (Future<?> thread : running) {
            thread.get();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("Demo data loaded: {} clients, {} commands, {} consultations in {} s ({} commands/s)",
                loadedClients.get(), sent.get(), consultations.get(), Math.round(seconds),
                Math.round(sent.get() / seconds));
    }

    private void send(DemoData.Unit unit) {
        Map<String, Object> metadata = Map.of(EventMetadata.ACTOR, unit.worker(),
                EventMetadata.CORRELATION_ID, "demo-data-" + unit.index());
        for (Object command : unit.commands()) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
            } catch (DuplicateBirthNumberException taken) {
                // a made-up number drawn twice: the later person is registered without one
                RegisterClient registration = (RegisterClient) command;
                PersonalData person = registration.personalData();
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterClient(
                        registration.clientId(), new PersonalData(person.firstName(), person.lastName(),
                        person.titleBefore(), person.titleAfter(), person.birthDate(), null, person.birthPlace(),
                        person.addresses(), person.contacts()), registration.responsibleWorker(),
                        registration.registeredOn())).andMetaData(metadata));
            }
        }
    }
}
