package cn.hinews.app.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: in the log's context ({@code req}), in the {@code X-Request-Id}
 * header, and on an error page, so that what a user reads ("请求编号 3fa2c1d0") finds the stack trace
 * in the server's log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {
  /** The request attribute that holds the id. */
  public static final String ATTRIBUTE = "hinews.requestId";

  private final SecureRandom random = new SecureRandom();

  /** The id of this request (one is made if the filter did not run, as for Tomcat's own errors). */
  public static String of(HttpServletRequest request) {
    Object id = request.getAttribute(ATTRIBUTE);
    return id == null ? "-" : id.toString();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] bytes = new byte[4];
    random.nextBytes(bytes);
    String id = HexFormat.of().formatHex(bytes);
    request.setAttribute(ATTRIBUTE, id);
    response.setHeader("X-Request-Id", id);
    MDC.put("req", id);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove("req");
    }
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return true; // the error dispatch keeps the id of the request that failed
  }
}
