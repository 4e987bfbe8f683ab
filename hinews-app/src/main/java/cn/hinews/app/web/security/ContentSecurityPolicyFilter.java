package cn.hinews.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Content-Security-Policy of every answer. Our pages: scripts only from us or with this
 * request's nonce ({@code cspNonce}, for the one inline script of 统计), no plugins, forms only to
 * us, framed only by us. The preview and the HTML export are an issue's text, written by others:
 * they get a sandbox (an origin of their own, no scripts) and nothing but inline styles and images.
 */
final class ContentSecurityPolicyFilter extends OncePerRequestFilter {
  static final String NONCE = "cspNonce";

  private static final Pattern FOREIGN_HTML =
      Pattern.compile("/drafts/[^/]+/\\d+/preview|/issues/[^/]+/\\d+\\.html");

  static final String SANDBOX =
      "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data: http: https:;"
          + " font-src data:; frame-ancestors 'self'";

  private final SecureRandom random = new SecureRandom();

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (FOREIGN_HTML.matcher(path).matches()) {
      response.setHeader("Content-Security-Policy", SANDBOX);
    } else {
      byte[] bytes = new byte[18];
      random.nextBytes(bytes);
      String nonce = Base64.getEncoder().encodeToString(bytes);
      request.setAttribute(NONCE, nonce);
      response.setHeader(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self' 'nonce-"
              + nonce
              + "'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none';"
              + " base-uri 'none'; form-action 'self'; frame-ancestors 'self'");
    }
    chain.doFilter(request, response);
  }
}
