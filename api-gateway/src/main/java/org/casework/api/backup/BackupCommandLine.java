package org.casework.api.backup;

import org.casework.api.erasure.MasterKey;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code java -jar casework.jar backup|restore|backup-key ...}: run instead of the service, before anything of it
 * starts. The settings are read as the service reads them (application.yml, {@code config/}, environment, the
 * command line), so the commands find the service's database.
 */
public final class BackupCommandLine {

    public static final Set<String> COMMANDS = Set.of("backup", "restore", "backup-key", "master-key");

    static final String USAGE = """
            usage:
              backup [--data-only | --keys-only] [--data-dir=DIR] [--keys-dir=DIR] [--backup-key=FILE]
                     [--data-retention=30d] [--keys-retention=7d]
              restore --data=FILE --keys=FILE [--backup-key=FILE] [--replace] [--accept-missing-keys]
              backup-key --out=FILE
              master-key --out=FILE   (a master key for casework.erasure.master-key-file)
            the backup key may also come from CASEWORK_BACKUP_KEY_FILE (casework.backup.key-file)""";

    private BackupCommandLine() {
    }

    /** The exit status: 0 done, 1 refused or failed (the reason on {@code err}), 2 wrong usage. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "" : args[0];
        List<String> options = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        try {
            switch (command) {
                case "backup-key" -> {
                    Path file = path(options, "out", null);
                    if (file == null) {
                        return usage(err, "backup-key needs --out=FILE");
                    }
                    BackupKey.create(file);
                    out.println("New backup key in " + file + "; keep it apart from the database and the archives");
                    return 0;
                }
                case "master-key" -> {
                    Path file = path(options, "out", null);
                    if (file == null) {
                        return usage(err, "master-key needs --out=FILE");
                    }
                    if (Files.exists(file)) {
                        throw new BackupException(file + " exists already; a master key is never overwritten");
                    }
                    MasterKey.create(file);
                    out.println("New master key in " + file + "; set casework.erasure.master-key-file to it and"
                            + " keep it apart from the database and the backups");
                    return 0;
                }
                case "backup" -> {
                    ConfigurableEnvironment environment = environment(options);
                    boolean dataOnly = options.contains("--data-only");
                    boolean keysOnly = options.contains("--keys-only");
                    if (dataOnly && keysOnly) {
                        return usage(err, "--data-only and --keys-only exclude each other");
                    }
                    Backup.Options backup = new Backup.Options(
                            path(options, "data-dir", environment.getProperty("casework.backup.data-directory",
                                    "backups/data")),
                            path(options, "keys-dir", environment.getProperty("casework.backup.keys-directory",
                                    "backups/keys")),
                            path(options, "backup-key", environment.getProperty("casework.backup.key-file")),
                            duration(options, "data-retention",
                                    environment.getProperty("casework.backup.data-retention", "30d")),
                            duration(options, "keys-retention",
                                    environment.getProperty("casework.backup.keys-retention", "7d")),
                            !keysOnly, !dataOnly);
                    try (ToolDatabase database = ToolDatabase.of(environment, true, out)) {
                        Backup.run(database, backup, out);
                    }
                    return 0;
                }
                case "restore" -> {
                    ConfigurableEnvironment environment = environment(options);
                    Restore.Options restore = new Restore.Options(path(options, "data", null),
                            path(options, "keys", null),
                            path(options, "backup-key", environment.getProperty("casework.backup.key-file")),
                            options.contains("--replace"), options.contains("--accept-missing-keys"));
                    try (ToolDatabase database = ToolDatabase.of(environment, false, out)) {
                        Restore.run(database, restore, out);
                    }
                    return 0;
                }
                default -> {
                    return usage(err, "unknown command " + command);
                }
            }
        } catch (BackupException e) {
            err.println("casework " + command + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        } catch (Exception e) {
            err.println("casework " + command + " failed: " + e);
            return 1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("casework: " + problem);
        err.println(USAGE);
        return 2;
    }

    private static Path path(List<String> options, String name, String otherwise) {
        String value = value(options, name, otherwise);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    private static Duration duration(List<String> options, String name, String otherwise) {
        Duration duration = DurationStyle.detectAndParse(value(options, name, otherwise));
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("--" + name + " must be longer than zero");
        }
        return duration;
    }

    private static String value(List<String> options, String name, String otherwise) {
        String prefix = "--" + name + "=";
        return options.stream().filter(option -> option.startsWith(prefix)).reduce((first, last) -> last)
                .map(option -> option.substring(prefix.length())).orElse(otherwise);
    }

    /**
     * The service's settings without the service: a Spring application of no beans of its own, no web server and
     * no auto-configuration, closed again at once.
     */
    private static ConfigurableEnvironment environment(List<String> options) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SettingsOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(options.toArray(String[]::new))) {
            return context.getEnvironment();
        }
    }

    /** The source of the settings-only application: no annotations, so it configures nothing. */
    static final class SettingsOnly {
    }
}
