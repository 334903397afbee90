package org.casework.api.support;

import org.casework.api.CaseworkApplication;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** The service as a process of its own on a kept data directory, as an operator runs it, to kill or stop. */
public record ServiceProcess(Process process, int port) {

    /**
     * Starts it on a free port with its output in {@code log} and {@code moreArguments} on its command line, and
     * waits until it answers its health check.
     */
    public static ServiceProcess start(Path dataDirectory, Path log, String... moreArguments) throws IOException {
        return start(dataDirectory, log, Map.of(), moreArguments);
    }

    /** As {@link #start(Path, Path, String...)}, with {@code environment} added to the process's environment. */
    public static ServiceProcess start(Path dataDirectory, Path log, Map<String, String> environment,
                                       String... moreArguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), CaseworkApplication.class.getName(),
                "--spring.profiles.active=test",
                "--server.port=" + port,
                "--casework.embedded-postgres.temporary=false",
                "--casework.embedded-postgres.data-directory=" + dataDirectory));
        command.addAll(List.of(moreArguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServiceProcess service = new ServiceProcess(process, port);
        try {
            await().atMost(Duration.ofSeconds(120)).ignoreExceptions()
                    .until(() -> service.api().get("/actuator/health").status() == 200);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        return service;
    }

    public Api api() {
        return Api.at(port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
