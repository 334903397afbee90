package org.casework.api.page;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page's request as the API request it makes: its own method, JSON body and query parameters (the page's form
 * fields are not passed on), JSON accepted (or the type of a file it downloads), no credentials of its own (the page's login is already in the security
 * context). Attributes set during the API's handling stay in this request, so the page's own are left as they were.
 */
final class ApiRequest extends HttpServletRequestWrapper {

    private static final Set<String> REPLACED = Set.of("content-type", "content-length", "accept", "authorization",
            "idempotency-key", "casework-after");

    private final String method;
    private final byte[] content;
    private final String accept;
    private final Map<String, String[]> parameters;
    private final Map<String, Object> attributes = new HashMap<>();
    private final Set<String> removed = new HashSet<>();

    ApiRequest(HttpServletRequest page, String method, String path, byte[] content, String accept) {
        super(page);
        this.method = method;
        this.content = content;
        this.accept = accept;
        this.parameters = queryParameters(path);
    }

    private static Map<String, String[]> queryParameters(String path) {
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUriString(path).build(true)
                .getQueryParams();
        Map<String, String[]> decoded = new LinkedHashMap<>();
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        query.forEach((name, list) -> list.forEach(value -> values.add(decode(name),
                value == null ? "" : decode(value))));
        values.forEach((name, list) -> decoded.put(name, list.toArray(String[]::new)));
        return Collections.unmodifiableMap(decoded);
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public String getContentType() {
        return content == null ? null : "application/json";
    }

    @Override
    public int getContentLength() {
        return content == null ? -1 : content.length;
    }

    @Override
    public long getContentLengthLong() {
        return getContentLength();
    }

    @Override
    public String getCharacterEncoding() {
        return StandardCharsets.UTF_8.name();
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(content == null ? new byte[0] : content);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the API's body is read at once");
            }

            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public String getHeader(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return switch (lower) {
            case "content-type" -> getContentType();
            case "content-length" -> content == null ? null : Integer.toString(content.length);
            case "accept" -> accept;
            default -> REPLACED.contains(lower) ? null : super.getHeader(name);
        };
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        String value = getHeader(name);
        return Collections.enumeration(value == null ? List.of() : List.of(value));
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (String name : Collections.list(super.getHeaderNames())) {
            if (!REPLACED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                names.add(name);
            }
        }
        names.add("Accept");
        if (content != null) {
            names.add("Content-Type");
            names.add("Content-Length");
        }
        return Collections.enumeration(names);
    }

    @Override
    public long getDateHeader(String name) {
        return REPLACED.contains(name.toLowerCase(java.util.Locale.ROOT)) ? -1 : super.getDateHeader(name);
    }

    @Override
    public int getIntHeader(String name) {
        String value = getHeader(name);
        return value == null ? -1 : Integer.parseInt(value);
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters.get(name);
    }

    @Override
    public Object getAttribute(String name) {
        if (attributes.containsKey(name)) {
            return attributes.get(name);
        }
        return removed.contains(name) ? null : super.getAttribute(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        Set<String> names = new java.util.LinkedHashSet<>(Collections.list(super.getAttributeNames()));
        names.removeAll(removed);
        names.addAll(attributes.keySet());
        return Collections.enumeration(names);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            removeAttribute(name);
            return;
        }
        removed.remove(name);
        attributes.put(name, value);
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
        removed.add(name);
    }
}
