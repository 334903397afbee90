package org.casework.api.support;

import org.casework.api.CaseworkApplication;
import org.casework.api.database.EmbeddedDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A second service node on the test service's database, as a production node beside another would run. */
public final class SecondNode {

    private SecondNode() {
    }

    /** Starts the node; close the context to stop it. */
    public static ConfigurableApplicationContext start(EmbeddedDatabase database) {
        return new SpringApplicationBuilder(CaseworkApplication.class)
                .profiles("test")
                .run("--server.port=0",
                        "--casework.node-id=second-node",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=");
    }

    /** The node's API, as the given user. */
    public static Api api(ConfigurableApplicationContext node, String user) {
        return Api.at(Integer.parseInt(node.getEnvironment().getProperty("local.server.port"))).as(user);
    }
}
