package org.casework.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages as one user sees them in a browser: logged in by the form (the login page's CSRF token and session
 * cookie, then the posted form), later pages asked for with the session cookie, in Czech. Redirects are not
 * followed, so a page that sends the user elsewhere (the login, after the session ended) counts as not shown.
 */
final class PageSession implements Reads.Caller {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String SESSION = "JSESSIONID";
    private static final String LANGUAGE = "cs";

    private final String base;
    private String session;

    private PageSession(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A new session of {@code username}, logged in by the form. */
    static PageSession login(Service service, String username) throws IOException, InterruptedException {
        PageSession pages = new PageSession(service.port);
        pages.logIn(username, Service.PASSWORD);
        return pages;
    }

    @Override
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void logIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login");
        Matcher token = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("GET /login answered " + form.statusCode() + " without a CSRF token");
        }
        session = cookie(form).orElseThrow(() -> new IllegalStateException("GET /login set no session cookie"));
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(token.group(1));
        HttpResponse<String> answer = CLIENT.send(request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String location = answer.headers().firstValue("Location").orElse("");
        // success goes to the home page; a failure or the two-factor step back to /login...
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("The login of " + username + " by the form failed: "
                    + answer.statusCode() + " to " + location);
        }
        // the session id changes at the login
        session = cookie(answer).orElse(session);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Accept", "text/html").header("Accept-Language", LANGUAGE);
        return session == null ? request : request.header("Cookie", SESSION + "=" + session);
    }

    private static Optional<String> cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(SESSION + "="))
                .map(cookie -> cookie.substring(SESSION.length() + 1, cookie.indexOf(';') < 0 ? cookie.length()
                        : cookie.indexOf(';')))
                .findFirst();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
