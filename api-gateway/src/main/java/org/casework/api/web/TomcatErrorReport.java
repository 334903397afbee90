package org.casework.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemErrorValve} in place of the {@link ErrorReportValve} that Tomcat (and Spring Boot's
 * {@code TomcatWebServerFactoryCustomizer}) put on the host. Runs after Spring Boot's customizer, so its valve is
 * already there to be removed; naming ours as the host's error valve keeps Tomcat from adding its own at start.
 */
@Component
class TomcatErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectMapper objectMapper;

    TomcatErrorReport(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemErrorValve(objectMapper));
            if (host instanceof org.apache.catalina.core.StandardHost standard) {
                standard.setErrorReportValveClass(ProblemErrorValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
