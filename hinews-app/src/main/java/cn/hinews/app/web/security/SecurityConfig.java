package cn.hinews.app.web.security;

import cn.hinews.core.home.HinewsHome;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Pages: form login at {@code /login}; the API: the same session, or HTTP Basic
 * for scripts, and 401/403 as JSON rather than a redirect. viewer reads, searches and exports;
 * editor also composes and publishes; admin also manages users and sources and reads the audit log.
 * CSRF is on for every form and every session request; a request that carries Basic credentials and
 * no session cookie has no session to forge and is exempt.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {
  @Bean
  Users users(HinewsHome home) {
    return new Users(home.store(), home.clock());
  }

  @Bean
  UserDetailsService userDetailsService(Users users, HinewsHome home) {
    return new HomeUserDetails(users, home.clock());
  }

  @Bean
  PasswordEncoder passwordEncoder(Users users) {
    return users.encoder();
  }

  @Bean
  LoginThrottle loginThrottle(Users users, HinewsHome home) {
    return new LoginThrottle(LoginThrottle.Policy.standard(), home.clock(), users::lockOut);
  }

  @Bean
  SecurityFilterChain filterChain(
      HttpSecurity http, Users users, HinewsHome home, LoginThrottle throttle) throws Exception {
    RequestMatcher api = new AntPathRequestMatcher("/api/**");
    // a script's Basic request has no session to forge; one that carries a session cookie does
    RequestMatcher basic =
        request -> {
          String h = request.getHeader("Authorization");
          return h != null
              && h.regionMatches(true, 0, "Basic ", 0, 6)
              && request.getRequestedSessionId() == null;
        };
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login",
                        "/hinews.css",
                        "/desk.js",
                        "/favicon.ico",
                        "/error",
                        "/webjars/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/sources", "/sources/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/sources/new", "/sources/*/edit")
                    .hasRole("ADMIN")
                    .requestMatchers("/admin/**", "/api/admin/**")
                    .hasRole("ADMIN")
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/**",
                        "/issues/**",
                        "/drafts",
                        "/drafts/**",
                        "/inbox/**",
                        "/alerts/**")
                    .hasRole("EDITOR")
                    .requestMatchers(HttpMethod.PUT, "/api/**")
                    .hasRole("EDITOR")
                    .requestMatchers(HttpMethod.DELETE, "/api/**")
                    .hasRole("EDITOR")
                    .anyRequest()
                    .hasRole("VIEWER"))
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .httpBasic(
            b ->
                b.authenticationEntryPoint(
                    (req, res, e) -> json(res, 401, "请先登录 (login required)")))
        .csrf(c -> c.ignoringRequestMatchers(basic))
        // the composer previews the issue in a frame of our own pages; HSTS (Spring's default)
        // goes out on HTTPS, which behind a proxy needs HINEWS_BEHIND_PROXY=1
        .headers(
            h ->
                h.frameOptions(f -> f.sameOrigin())
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                    .addHeaderWriter(
                        new StaticHeadersWriter(
                            "Permissions-Policy",
                            "camera=(), microphone=(), geolocation=(), payment=(), usb=()")))
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(
                        (req, res, ex) -> json(res, 401, "请先登录 (login required)"), api)
                    .defaultAuthenticationEntryPointFor(
                        new org.springframework.security.web.authentication
                            .LoginUrlAuthenticationEntryPoint("/login"),
                        new org.springframework.security.web.util.matcher.NegatedRequestMatcher(
                            api))
                    .defaultAccessDeniedHandlerFor(
                        (req, res, ex) -> json(res, 403, "没有权限：您的账号不能执行这个操作 (forbidden)"), api)
                    // a page's refusal is the Chinese error page (through /error), not JSON
                    .defaultAccessDeniedHandlerFor(
                        (req, res, ex) -> res.sendError(403),
                        new org.springframework.security.web.util.matcher.NegatedRequestMatcher(
                            api)));
    http.addFilterBefore(
        new ContentSecurityPolicyFilter(),
        org.springframework.security.web.header.HeaderWriterFilter.class);
    http.addFilterBefore(
        new LoginThrottleFilter(throttle, users, home.clock()),
        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
    http.addFilterAfter(
        new ExpensiveRequestFilter(new ExpensiveRequests(5, Duration.ofSeconds(12), home.clock())),
        org.springframework.security.web.access.intercept.AuthorizationFilter.class);
    http.addFilterBefore(
        new CurrentUserFilter(users, home.clock()),
        org.springframework.security.web.access.intercept.AuthorizationFilter.class);
    return http.build();
  }

  /** A JSON error {@code {"message": …}}: the API's answer when security refuses a request. */
  static void json(HttpServletResponse res, int status, String message) throws java.io.IOException {
    res.setStatus(status);
    res.setContentType("application/json;charset=UTF-8");
    res.getOutputStream()
        .write(
            ("{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
                .getBytes(StandardCharsets.UTF_8));
  }

  /** Audits logins (the throttle counts failures itself). */
  @Bean
  LoginEvents loginEvents(Users users) {
    return new LoginEvents(users);
  }

  /** Listens to Spring Security's login events. */
  static final class LoginEvents {
    private final Users users;

    LoginEvents(Users users) {
      this.users = users;
    }

    /** Form logins (a script's Basic credentials on every API call are not logins worth a row). */
    @EventListener
    public void success(
        org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent e) {
      users.loginSucceeded(e.getAuthentication().getName());
    }

    @EventListener
    public void failure(AbstractAuthenticationFailureEvent e) {
      users.loginFailed(e.getAuthentication().getName(), reason(e.getException()));
    }

    /** Why a login failed, as the audit log says it (Chinese, no class names). */
    static String reason(org.springframework.security.core.AuthenticationException e) {
      if (e instanceof org.springframework.security.authentication.BadCredentialsException) {
        return "密码错误";
      }
      if (e instanceof org.springframework.security.authentication.LockedException) {
        return "账号已锁定";
      }
      if (e instanceof org.springframework.security.authentication.DisabledException) {
        return "账号已停用";
      }
      return "登录失败";
    }
  }
}
