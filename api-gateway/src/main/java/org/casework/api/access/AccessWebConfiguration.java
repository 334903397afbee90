package org.casework.api.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AccessWebConfiguration implements WebMvcConfigurer {

    private final FileGuard guard;

    AccessWebConfiguration(FileGuard guard) {
        this.guard = guard;
    }

    /** First of all interceptors: a refused request is not a read of the file (the read-access log). */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FileAccessInterceptor(guard)).addPathPatterns("/api/**")
                .order(Ordered.HIGHEST_PRECEDENCE);
    }
}
