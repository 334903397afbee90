package org.casework.api.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages over plain HTTP, for tests that need no browser: a cookie jar (the session, the language), the login
 * form, and forms posted with the page's CSRF token. Redirects are not followed, so a test sees each one.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private final String language;

    private PageSession(int port, String language) {
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        this.base = "http://localhost:" + port;
        this.language = language;
    }

    public static PageSession at(int port, String language) {
        return new PageSession(port, language);
    }

    /** Logs in by the form; every test user's password is {@code <name>-pw}. */
    public PageSession login(String user) {
        HttpResponse<String> answer = post("/login", Map.of("username", user, "password", user + "-pw"));
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login of " + user + " failed: " + answer.statusCode() + " "
                    + answer.headers().firstValue("Location").orElse(""));
        }
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A GET as htmx sends it to swap the element {@code target}. */
    public HttpResponse<String> htmx(String path, String target) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("HX-Request", "true")
                .header("HX-Target", target).GET());
    }

    /** Posts a form with the CSRF token of a fresh login page. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, fields, "/login");
    }

    /** Posts a form with the CSRF token found on {@code tokenPage}. */
    public HttpResponse<String> post(String path, Map<String, String> fields, String tokenPage) {
        String token = csrf(get(tokenPage).body());
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token);
        String form = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Posts a form as another site would: without the CSRF token. */
    public HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String csrf(String page) {
        Matcher form = CSRF.matcher(page);
        if (form.find()) {
            return form.group(1);
        }
        Matcher meta = CSRF_META.matcher(page);
        if (meta.find()) {
            return meta.group(1);
        }
        throw new IllegalStateException("no CSRF token on the page");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept", "text/html").header("Accept-Language", language).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
