package org.casework.api.page;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The API's answer to a page, kept in memory: status, headers and body never reach the browser. Every method that
 * writes is answered here (a servlet container would otherwise pass it on to the page's own response).
 */
final class ApiResponse implements HttpServletResponse {

    private final HttpHeaders headers = new HttpHeaders();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private int status = SC_OK;
    private String characterEncoding = StandardCharsets.UTF_8.name();
    private PrintWriter writer;
    private ServletOutputStream stream;

    int status() {
        return status;
    }

    HttpHeaders headers() {
        return headers;
    }

    byte[] content() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    String contentType() {
        return headers.getFirst(HttpHeaders.CONTENT_TYPE);
    }

    @Override
    public void addCookie(Cookie cookie) {
        // the API sets none; a page's cookies are the page's own
    }

    @Override
    public boolean containsHeader(String name) {
        return headers.containsKey(name);
    }

    @Override
    public String encodeURL(String url) {
        return url;
    }

    @Override
    public String encodeRedirectURL(String url) {
        return url;
    }

    @Override
    public void sendError(int code, String message) {
        status = code;
    }

    @Override
    public void sendError(int code) {
        status = code;
    }

    @Override
    public void sendRedirect(String location) {
        status = SC_FOUND;
        headers.set(HttpHeaders.LOCATION, location);
    }

    @Override
    public void setDateHeader(String name, long date) {
        headers.setDate(name, date);
    }

    @Override
    public void addDateHeader(String name, long date) {
        headers.add(name, Long.toString(date));
    }

    @Override
    public void setHeader(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.set(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (value != null) {
            headers.add(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        headers.set(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        headers.add(name, Integer.toString(value));
    }

    @Override
    public void setStatus(int code) {
        status = code;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public String getHeader(String name) {
        return headers.getFirst(name);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        List<String> values = headers.get(name);
        return values == null ? List.of() : new ArrayList<>(values);
    }

    @Override
    public Collection<String> getHeaderNames() {
        return new ArrayList<>(headers.keySet());
    }

    @Override
    public String getCharacterEncoding() {
        return characterEncoding;
    }

    @Override
    public String getContentType() {
        return contentType();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the API's answer is written at once");
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, java.nio.charset.Charset.forName(characterEncoding)));
        }
        return writer;
    }

    @Override
    public void setCharacterEncoding(String charset) {
        if (charset != null) {
            characterEncoding = charset;
        }
    }

    @Override
    public void setContentLength(int length) {
        // the length is what was written
    }

    @Override
    public void setContentLengthLong(long length) {
        // the length is what was written
    }

    @Override
    public void setContentType(String type) {
        setHeader(HttpHeaders.CONTENT_TYPE, type);
    }

    @Override
    public void setBufferSize(int size) {
        // kept in memory whole
    }

    @Override
    public int getBufferSize() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void flushBuffer() {
        // nothing leaves this answer
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void reset() {
        body.reset();
        headers.clear();
        status = SC_OK;
    }

    @Override
    public void setLocale(Locale locale) {
        // the API answers in English; the page translates
    }

    @Override
    public Locale getLocale() {
        return Locale.ENGLISH;
    }
}
