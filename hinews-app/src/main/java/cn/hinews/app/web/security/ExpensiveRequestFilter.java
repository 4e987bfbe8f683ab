package cn.hinews.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * 统计 and the PDF and Word exports are rationed per user ({@link ExpensiveRequests}): past the
 * ration the answer is 429 with Retry-After and a Chinese message, before any work is done.
 */
final class ExpensiveRequestFilter extends OncePerRequestFilter {
  private static final Pattern EXPENSIVE =
      Pattern.compile("/stats|/api/stats(/.*)?|/issues/[^/]+/\\d+\\.(pdf|docx)");

  private final ExpensiveRequests ration;

  ExpensiveRequestFilter(ExpensiveRequests ration) {
    this.ration = ration;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Authentication auth =
        SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || !EXPENSIVE.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Duration> wait = ration.take(auth.getName());
    if (wait.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
    response.setHeader("Retry-After", String.valueOf(seconds));
    String message = "统计和导出较耗资源，请求过于频繁，请 " + seconds + " 秒后再试";
    if (path.startsWith("/api/")) {
      SecurityConfig.json(response, 429, message);
    } else {
      response.setStatus(429);
      response.setContentType("text/plain;charset=UTF-8");
      response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
  }
}
