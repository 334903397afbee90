package org.casework.api.page;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.lang.NonNull;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The pages' languages: Czech, Hungarian and English. The first of them the browser asks for (Accept-Language),
 * until the user picks one in the header ({@code ?lang=hu}), which a cookie remembers. Texts are the bundles under
 * {@code messages/}: {@code <topic>.properties} is English, {@code <topic>_cs} and {@code <topic>_hu} the others.
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("cs"), Locale.forLanguageTag("hu"),
            Locale.ENGLISH);
    static final String LANGUAGE_COOKIE = "casework-language";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Strict");
        resolver.setDefaultLocaleFunction(request -> {
            for (Locale asked : Collections.list(request.getLocales())) {
                for (Locale language : LANGUAGES) {
                    if (language.getLanguage().equals(asked.getLanguage())) {
                        return language;
                    }
                }
            }
            return Locale.ENGLISH;
        });
        return resolver;
    }

    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames(bundles().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ENGLISH);
        return messages;
    }

    /** Every {@code messages/<topic>.properties} on the class path, as a bundle's base name. */
    static TreeSet<String> bundles() {
        try {
            TreeSet<String> names = new TreeSet<>();
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:messages/*.properties")) {
                String file = resource.getFilename();
                if (file != null && !file.matches(".*_[a-z]{2}\\.properties")) {
                    names.add("classpath:messages/" + file.substring(0, file.length() - ".properties".length()));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void addInterceptors(@NonNull InterceptorRegistry registry) {
        LocaleChangeInterceptor languageChange = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(@NonNull String value) {
                return LANGUAGES.stream().filter(l -> l.getLanguage().equals(value)).findFirst().orElse(null);
            }
        };
        languageChange.setParamName("lang");
        languageChange.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageChange).excludePathPatterns("/api/**", "/actuator/**", "/v3/**", "/error");
    }
}
