package org.casework.api.idempotency;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.util.unit.DataSize;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What makes two keyed requests the same request: method, path, query and body (SHA-256). The body is read once
 * and handed on to the request's handler unchanged.
 */
final class RequestFingerprint {

    private final DataSize maxBody;

    RequestFingerprint(DataSize maxBody) {
        this.maxBody = maxBody;
    }

    DataSize maxBody() {
        return maxBody;
    }

    /** Null when the body is larger than allowed. */
    Fingerprinted of(HttpServletRequest request) throws IOException {
        byte[] body = read(request.getInputStream(), (int) maxBody.toBytes());
        if (body == null) {
            return null;
        }
        MessageDigest sha256 = sha256();
        for (String part : new String[] {request.getMethod(), request.getRequestURI(), request.getQueryString()}) {
            byte[] bytes = (part == null ? "" : part).getBytes(StandardCharsets.UTF_8);
            sha256.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) ':');
            sha256.update(bytes);
        }
        sha256.update(body);
        return new Fingerprinted(sha256.digest(), new ReadAgain(request, body));
    }

    record Fingerprinted(byte[] fingerprint, HttpServletRequest request) {
    }

    private static byte[] read(InputStream in, int max) throws IOException {
        byte[] body = in.readNBytes(max + 1);
        return body.length > max ? null : body;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The request with its body, already read, to be read again by the handler. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }
}
