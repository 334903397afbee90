package org.casework.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casework.command.rules.InvalidValue;
import org.casework.command.rules.Text;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.lang.NonNull;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;

/**
 * Every query or form parameter of every request, whatever type it binds to, holds storable text only
 * ({@link Text#requireStorable}): Spring would otherwise trim {@code %00} or {@code %0D} away and read the value as
 * absent. Checked before any other interceptor; a breach answers 400 naming the parameter.
 */
@Configuration
class StorableParameters implements WebMvcConfigurer, HandlerInterceptor {

    private static final String PAGES = "org.casework.api.page";

    @Override
    public void addInterceptors(@NonNull InterceptorRegistry registry) {
        registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
                             @NonNull Object handler) {
        if (handler instanceof HandlerMethod method && method.getBeanType().getPackageName().startsWith(PAGES)) {
            return true; // a page passes its fields to the API, which names the field that breaks the rule
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            check("parameters", name);
            for (String value : parameter.getValue()) {
                check(name, value);
            }
        }
        return true;
    }

    private static void check(String field, String text) {
        try {
            Text.requireStorable(text);
        } catch (InvalidValue invalid) {
            throw new InvalidInputException(field, invalid.rule(), invalid.getMessage());
        }
    }
}
