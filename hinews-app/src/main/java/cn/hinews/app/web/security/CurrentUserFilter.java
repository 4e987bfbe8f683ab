package cn.hinews.app.web.security;

import cn.hinews.core.domain.AppUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session is only as good as its user now: a user disabled, locked, deleted or given another role
 * since logging in is logged out at the next request (an admin's change takes effect at once, not
 * at the session's timeout). A user who must change the password (the first admin, whose password
 * was printed or came from the environment) reaches only the page that changes it.
 */
final class CurrentUserFilter extends OncePerRequestFilter {
  private final Users users;
  private final Clock clock;

  CurrentUserFilter(Users users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    HttpSession session = request.getSession(false);
    if (auth != null
        && auth.isAuthenticated()
        && !(auth instanceof AnonymousAuthenticationToken)
        && session != null
        && !stillValid(auth)) {
      SecurityContextHolder.clearContext();
      session.invalidate();
      if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        SecurityConfig.json(response, 401, "请重新登录 (the account changed)");
      } else {
        response.sendRedirect(request.getContextPath() + "/login?expired");
      }
      return;
    }
    if (mustChangePassword(auth) && !mayWithOldPassword(request)) {
      if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        SecurityConfig.json(response, 403, "请先在网页上修改初始密码 (change the password first)");
      } else {
        response.sendRedirect(request.getContextPath() + PasswordController.PATH);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean mustChangePassword(Authentication auth) {
    return auth != null
        && auth.isAuthenticated()
        && !(auth instanceof AnonymousAuthenticationToken)
        && users.find(auth.getName()).map(AppUser::mustChangePassword).orElse(false);
  }

  /** What a user who must change the password may still ask for: that page, and leaving. */
  private static boolean mayWithOldPassword(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(PasswordController.PATH)
        || path.equals("/logout")
        || path.equals("/hinews.css")
        || path.equals("/error");
  }

  private boolean stillValid(Authentication auth) {
    Optional<AppUser> u = users.find(auth.getName());
    if (u.isEmpty()
        || !u.get().enabled()
        || u.get().lockedUntil().map(t -> t.isAfter(clock.instant())).orElse(false)) {
      return false;
    }
    Set<String> granted =
        auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("ROLE_"))
            .collect(Collectors.toSet());
    return granted.equals(HomeUserDetails.roles(u.get().role()));
  }
}
