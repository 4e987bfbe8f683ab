package cn.hinews.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every password check, a form login or HTTP Basic credentials, passes the {@link LoginThrottle}
 * first: a throttled attempt is answered 429 (the form: back to the login page with the wait)
 * before its password is looked at; a user locked by a distributed attack likewise. After the check
 * the throttle learns the outcome: the request authenticated as that user, or not.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {
  private final LoginThrottle throttle;
  private final Users users;
  private final Clock clock;

  LoginThrottleFilter(LoginThrottle throttle, Users users, Clock clock) {
    this.throttle = throttle;
    this.users = users;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Attempt> attempt = attempt(request);
    if (attempt.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    String username = attempt.get().username();
    Optional<Instant> locked =
        users.find(username).flatMap(u -> u.lockedUntil()).filter(t -> t.isAfter(clock.instant()));
    if (locked.isPresent()) {
      long seconds =
          Math.max(1, java.time.Duration.between(clock.instant(), locked.get()).toSeconds());
      refuse(
          request,
          response,
          attempt.get().form() ? "/login?locked" : null,
          "账户因来自多处的失败登录暂时锁定，" + seconds + " 秒后自动解除，也可请管理员解锁",
          seconds);
      return;
    }
    LoginThrottle.Verdict verdict = throttle.begin(address);
    if (!verdict.allowed()) {
      long seconds = verdict.retryAfterSeconds();
      refuse(
          request,
          response,
          attempt.get().form() ? "/login?wait=" + seconds : null,
          "登录尝试过于频繁，请 " + seconds + " 秒后再试",
          seconds);
      return;
    }
    boolean success = false;
    try {
      chain.doFilter(request, response);
      success = authenticatedAs(username);
    } finally {
      throttle.end(address, username, success);
    }
  }

  /** The user a request tries to log in as: form login, or Basic credentials. */
  record Attempt(String username, boolean form) {}

  static Optional<Attempt> attempt(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return Optional.of(new Attempt(colon < 0 ? decoded : decoded.substring(0, colon), false));
      } catch (IllegalArgumentException e) {
        return Optional.empty(); // not Base64: Spring answers 401 without checking any password
      }
    }
    if ("POST".equals(request.getMethod())
        && "/login".equals(request.getServletPath())
        && request.getParameter("username") != null) {
      return Optional.of(new Attempt(request.getParameter("username").strip(), true));
    }
    return Optional.empty();
  }

  private static boolean authenticatedAs(String username) {
    Authentication a =
        SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
    return a != null
        && a.isAuthenticated()
        && !(a instanceof AnonymousAuthenticationToken)
        && a.getName().equals(username);
  }

  /** 429 with Retry-After: the login page again (a form), or the JSON message (Basic). */
  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      String formTarget,
      String message,
      long retryAfter)
      throws IOException {
    response.setHeader("Retry-After", String.valueOf(retryAfter));
    if (formTarget != null) {
      response.sendRedirect(request.getContextPath() + formTarget);
    } else {
      SecurityConfig.json(response, 429, message);
    }
  }
}
