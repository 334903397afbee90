package org.casework.api.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The pages' one way to the service: each read or write is the API's own request, dispatched inside this request
 * (a servlet forward to {@code /api/...}) as the logged-in user. The API's filters, role rules, validation, access
 * checks, read-access log and read-your-writes apply to it exactly as to a call over HTTP, so no rule has a second
 * copy here; the pages only turn forms into the API's JSON and its answers (problem details included) into HTML.
 */
@Component
public class ApiBridge {

    private final ObjectMapper json;

    ApiBridge(ObjectMapper json) {
        this.json = json;
    }

    public ApiAnswer get(String path) {
        return send("GET", path, null);
    }

    /** A GET with query parameters; null and empty values are left out. */
    public ApiAnswer get(String path, Map<String, ?> parameters) {
        return send("GET", withQuery(path, parameters), null);
    }

    private static String withQuery(String path, Map<String, ?> parameters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        parameters.forEach((name, value) -> {
            if (value != null && !value.toString().isEmpty()) {
                uri.queryParam(name, value);
            }
        });
        return uri.encode().build().toUriString();
    }

    /**
     * A GET whose answer is a file in the type {@code accept} (CSV, XLSX): its status, headers and bytes as the API
     * gave them; query parameters as {@link #get(String, Map)}.
     */
    public ApiFile download(String path, Map<String, ?> parameters, String accept) {
        ApiResponse answer = dispatch("GET", withQuery(path, parameters), null, accept);
        return new ApiFile(answer.status(), answer.headers(), answer.content(), parse(answer));
    }

    public ApiAnswer post(String path, Object body) {
        return send("POST", path, body);
    }

    public ApiAnswer put(String path, Object body) {
        return send("PUT", path, body);
    }

    public ApiAnswer delete(String path) {
        return send("DELETE", path, null);
    }

    private ApiAnswer send(String method, String path, Object body) {
        ApiResponse answer = dispatch(method, path, body == null ? null : bytes(body), "application/json");
        return new ApiAnswer(answer.status(), answer.headers(), parse(answer));
    }

    private ApiResponse dispatch(String method, String path, byte[] content, String accept) {
        if (!path.startsWith("/api/")) {
            throw new IllegalArgumentException("the pages reach the API only: " + path);
        }
        HttpServletRequest request = currentRequest();
        ApiRequest call = new ApiRequest(request, method, path, content, accept);
        ApiResponse answer = new ApiResponse();
        // the API chain keeps no session: it finds the page's login where a stateless chain looks for it
        request.setAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME,
                SecurityContextHolder.getContext());
        RequestDispatcher dispatcher = request.getRequestDispatcher(path);
        try {
            dispatcher.forward(call, answer);
        } catch (ServletException e) {
            throw new IllegalStateException("the API failed on " + method + " " + path, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return answer;
    }

    private byte[] bytes(Object body) {
        try {
            return body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(ApiResponse answer) {
        byte[] content = answer.content();
        String type = answer.contentType();
        if (content.length == 0 || type == null || !type.contains("json")) {
            return null;
        }
        try {
            return json.readTree(content);
        } catch (IOException e) {
            throw new IllegalStateException("the API answered unreadable JSON", e);
        }
    }

    private static HttpServletRequest currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        throw new IllegalStateException("the API is reached from a page's request only");
    }

}
