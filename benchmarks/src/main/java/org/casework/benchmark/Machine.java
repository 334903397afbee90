package org.casework.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the figures were measured on and with. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe(String postgresVersion) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        machine.put("memoryGiB", memory == null ? null
                : Latencies.round(Long.parseLong(memory.replaceAll("\\D", "")) / 1024.0 / 1024.0));
        machine.put("os", firstValue(Path.of("/etc/os-release"), "PRETTY_NAME"));
        machine.put("kernel", read(Path.of("/proc/sys/kernel/osrelease")));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("postgresql", postgresVersion);
        return machine;
    }

    /** The commit measured, with "-dirty" when the working tree differs from it. */
    static String commit() {
        String head = run("git", "rev-parse", "--short=12", "HEAD");
        String status = run("git", "status", "--porcelain", "--untracked-files=no");
        return head == null ? "unknown" : status != null && !status.isBlank() ? head + "-dirty" : head;
    }

    private static String firstValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(line.contains("=") ? '=' : ':') + 1).trim()
                            .replace("\"", "");
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return null;
        }
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
