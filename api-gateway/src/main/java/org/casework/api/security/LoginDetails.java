package org.casework.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/** What a login brings besides user name and password: the one-time code header and where the request came from. */
record LoginDetails(String oneTimeCode, String remoteAddress, String endpoint) {

    /** The header carrying the current code of a user enrolled in two-factor login. */
    static final String ONE_TIME_CODE_HEADER = "X-Casework-Otp";

    static final AuthenticationDetailsSource<HttpServletRequest, LoginDetails> SOURCE = request ->
            new LoginDetails(request.getHeader(ONE_TIME_CODE_HEADER), request.getRemoteAddr(),
                    SecurityLog.endpoint(request));
}
