package org.casework.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.casework.api.database.DatabaseOutage;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The login page and, for accounts enrolled in two-factor login, the step that asks for the current code. */
@Controller
class LoginPages {

    static final String PENDING = LoginPages.class.getName() + ".PENDING";
    /** How long after the right password the code may come. */
    static final Duration CODE_STEP_TIME = Duration.ofMinutes(5);

    /** Someone gave the right password of {@code username} at {@code at}; the code is still to come. */
    record Pending(String username, Instant at) implements java.io.Serializable {
    }

    private final PasswordAndCodeAuthentication login;
    private final SecurityContextRepository pageLogins;
    private final Clock clock;
    private final HttpSessionRequestCache savedRequests;
    private final ChangeSessionIdAuthenticationStrategy newSessionId = new ChangeSessionIdAuthenticationStrategy();

    LoginPages(Logins logins, SecurityContextRepository pageLogins, HttpSessionRequestCache interruptedPages,
               Clock clock) {
        this.savedRequests = interruptedPages;
        this.login = logins.check();
        this.pageLogins = pageLogins;
        this.clock = clock;
    }

    @GetMapping(PageSecurityConfiguration.LOGIN)
    String loginPage(@RequestParam(required = false) String error, @RequestParam(required = false) Long wait,
                     Model model) {
        model.addAttribute("error", error);
        model.addAttribute("wait", wait);
        return "login";
    }

    @GetMapping(PageSecurityConfiguration.CODE_STEP)
    String codePage(@RequestParam(required = false) String error, @RequestParam(required = false) Long wait,
                    HttpSession session, Model model) {
        if (pending(session) == null) {
            return "redirect:" + PageSecurityConfiguration.LOGIN + "?error=step-expired";
        }
        model.addAttribute("error", error);
        model.addAttribute("wait", wait);
        return "login-code";
    }

    @PostMapping(PageSecurityConfiguration.CODE_STEP)
    void code(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
              HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : pending(session);
        if (pending == null) {
            PageSecurityConfiguration.redirect(request, response, PageSecurityConfiguration.LOGIN
                    + "?error=step-expired");
            return;
        }
        Authentication authenticated;
        try {
            authenticated = login.authenticateCode(pending.username(), code, LoginDetails.SOURCE.buildDetails(request));
        } catch (PasswordAndCodeAuthentication.SecondFactorNeeded e) {
            PageSecurityConfiguration.redirect(request, response, PageSecurityConfiguration.CODE_STEP
                    + "?error=missing");
            return;
        } catch (PasswordAndCodeAuthentication.LoginThrottledException e) {
            // the code may come again after the wait, within the step's time
            PageSecurityConfiguration.redirect(request, response, PageSecurityConfiguration.CODE_STEP
                    + "?error=throttled&wait=" + e.retryAfterSeconds());
            return;
        } catch (PasswordAndCodeAuthentication.AccountDisabled e) {
            session.removeAttribute(PENDING);
            PageSecurityConfiguration.redirect(request, response, PageSecurityConfiguration.LOGIN
                    + "?error=disabled");
            return;
        } catch (AuthenticationException e) {
            if (DatabaseOutage.isCauseOf(e)) {
                PageSecurityConfiguration.redirect(request, response, PageSecurityConfiguration.LOGIN
                        + "?error=unavailable");
                return;
            }
            PageSecurityConfiguration.redirect(request, response, PageSecurityConfiguration.CODE_STEP
                    + "?error=wrong");
            return;
        }
        session.removeAttribute(PENDING);
        newSessionId.onAuthentication(authenticated, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticated);
        SecurityContextHolder.setContext(context);
        pageLogins.saveContext(context, request, response);
        SavedRequest saved = savedRequests.getRequest(request, response);
        savedRequests.removeRequest(request, response);
        response.sendRedirect(saved != null ? saved.getRedirectUrl() : request.getContextPath() + "/");
    }

    private Pending pending(HttpSession session) {
        if (session.getAttribute(PENDING) instanceof Pending pending
                && pending.at().plus(CODE_STEP_TIME).isAfter(clock.instant())) {
            return pending;
        }
        return null;
    }
}
