package org.casework.api.page;

import org.springframework.context.annotation.Configuration;
import org.springframework.lang.NonNull;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The pages' own styles and scripts ({@code static/css}, {@code static/js}) and the WebJars (htmx), each under its
 * own path, in place of Spring Boot's one handler for every path ({@code spring.web.resources.add-mappings} is off).
 * Every link a page writes is offered to the handlers whose pattern it matches, to be rewritten to a WebJar's
 * versioned path: under Boot's {@code /**} that meant a class-path search for each link to a file or an
 * engagement (the busiest engagement's page, 50 consultations with their links: 4 s of 4.4 s on a loaded
 * machine), and a miss is not cached.
 */
@Configuration(proxyBeanMethods = false)
class PageAssets implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(@NonNull ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
