package org.casework.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The service under test: the built jar in its own process, on its own embedded PostgreSQL in {@code dataDirectory}
 * (kept, so the large set is generated once), with users whose passwords are not hashed, so a login costs no
 * bcrypt round and the figures show the service rather than the password hash; one write level is run with bcrypt
 * hashes as well ({@link Writes#runWithBcryptPasswords}).
 */
final class Service implements AutoCloseable {

    static final String PASSWORD = "benchmark-password";
    static final String ADMIN = "bench-admin";
    static final String COORDINATOR = "bench-coordinator";
    static final int WORKERS = 20;

    private final Process process;
    final int port;
    final int postgresPort;
    final Path log;

    private Service(Process process, int port, int postgresPort, Path log) {
        this.process = process;
        this.port = port;
        this.postgresPort = postgresPort;
        this.log = log;
    }

    static String worker(int number) {
        return "bench-w%02d".formatted(number);
    }

    static Service start(Path jar, Path dataDirectory, int clients, String heap, Path log) throws IOException {
        int port = freePort();
        int postgresPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-jar", jar.toString(),
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--casework.embedded-postgres.data-directory=" + dataDirectory,
                "--casework.embedded-postgres.port=" + postgresPort,
                "--casework.demo-data.clients=" + clients));
        List<String> users = new ArrayList<>(List.of(ADMIN + ":ADMIN", COORDINATOR + ":COORDINATOR"));
        for (int i = 1; i <= WORKERS; i++) {
            users.add(worker(i) + ":WORKER");
        }
        for (int i = 0; i < users.size(); i++) {
            String[] user = users.get(i).split(":");
            command.add("--casework.security.users[" + i + "].username=" + user[0]);
            command.add("--casework.security.users[" + i + "].password={noop}" + PASSWORD);
            command.add("--casework.security.users[" + i + "].roles=" + user[1]);
        }
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new Service(process, port, postgresPort, log);
    }

    Http as(String username) {
        return new Http(port, username, PASSWORD);
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort + "/postgres", "postgres",
                "");
    }

    /**
     * The benchmark's users as configured, passwords not hashed: a data directory kept from an earlier run keeps
     * its users as they were last stored (a run stopped during the bcrypt level would leave hashes behind).
     */
    void storePlainPasswords() throws SQLException {
        try (Connection connection = database(); PreparedStatement update = connection.prepareStatement(
                "update app_user set password_hash = ? where username like 'bench-%'")) {
            update.setString(1, "{noop}" + PASSWORD);
            update.executeUpdate();
        }
    }

    /** The one number a query answers, e.g. a count. */
    long number(String sql) throws SQLException {
        try (Connection connection = database(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Waits until the service answers ready: started, and the demo set loaded. */
    void awaitReady(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service stopped; see " + log);
            }
            try {
                HttpResponse<String> response = as(ADMIN).get("/actuator/health/readiness");
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The service was not ready within " + atMost + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofMinutes(2).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
