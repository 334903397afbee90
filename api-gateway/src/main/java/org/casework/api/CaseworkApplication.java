package org.casework.api;

import org.casework.api.backup.BackupCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

@SpringBootApplication(scanBasePackages = "org.casework")
@EntityScan(basePackages = "org.casework.query")
@EnableJpaRepositories(basePackages = "org.casework.query")
@ConfigurationPropertiesScan(basePackages = "org.casework.api")
public class CaseworkApplication {

    public static void main(String[] args) {
        if (args.length > 0 && BackupCommandLine.COMMANDS.contains(args[0])) {
            System.exit(BackupCommandLine.run(args, System.out, System.err));
        }
        SpringApplication.run(CaseworkApplication.class, args);
    }
}
