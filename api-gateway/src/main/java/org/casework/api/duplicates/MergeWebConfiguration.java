package org.casework.api.duplicates;

import org.casework.query.access.MergedFiles;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class MergeWebConfiguration implements WebMvcConfigurer {

    private final MergedFiles mergedFiles;

    MergeWebConfiguration(MergedFiles mergedFiles) {
        this.mergedFiles = mergedFiles;
    }

    /** Right after the per-file access check (a file the caller may not see stays a 404), before any read is logged. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new MergedFileInterceptor(mergedFiles)).addPathPatterns("/api/clients/**")
                .order(Ordered.HIGHEST_PRECEDENCE + 1);
    }
}
