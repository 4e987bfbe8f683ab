package cn.hinews.app.web;

import cn.hinews.core.home.HinewsHome;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The web application over an opened data home. */
@SpringBootApplication
public class WebApp {
  /**
   * Starts the web app on {@code bind:port} over {@code home}; closing the context closes the home.
   */
  public static ConfigurableApplicationContext start(HinewsHome home, String bind, int port) {
    return start(home, bind, port, System.getenv());
  }

  /**
   * The same with the environment given: {@code HINEWS_BEHIND_PROXY=1} trusts a reverse proxy on
   * loopback or a private network for the client's address and scheme ({@code X-Forwarded-For},
   * {@code X-Forwarded-Proto}); otherwise those headers are ignored.
   */
  public static ConfigurableApplicationContext start(
      HinewsHome home, String bind, int port, Map<String, String> env) {
    boolean behindProxy = "1".equals(env.get("HINEWS_BEHIND_PROXY"));
    SpringApplication app = new SpringApplication(WebApp.class);
    app.setBannerMode(Banner.Mode.OFF);
    app.setDefaultProperties(
        Map.ofEntries(
            Map.entry("server.forward-headers-strategy", behindProxy ? "native" : "none"),
            Map.entry("server.port", String.valueOf(port)),
            Map.entry("server.address", bind),
            Map.entry("spring.main.register-shutdown-hook", "true"),
            Map.entry("spring.thymeleaf.cache", "true"),
            Map.entry("server.servlet.encoding.charset", "UTF-8"),
            Map.entry("server.servlet.encoding.force", "true"),
            Map.entry("server.error.include-stacktrace", "never"),
            Map.entry("server.error.whitelabel.enabled", "false"),
            // a long search reaches our page, which says in Chinese what is too long
            Map.entry("server.max-http-request-header-size", "64KB"),
            Map.entry("server.servlet.session.timeout", "30m"),
            Map.entry("server.servlet.session.cookie.same-site", "lax"),
            Map.entry("server.servlet.session.cookie.http-only", "true"),
            Map.entry("logging.level.root", "WARN"),
            Map.entry("springdoc.api-docs.enabled", "true"),
            Map.entry("springdoc.swagger-ui.enabled", "true")));
    app.addInitializers(
        ctx -> {
          ctx.getBeanFactory().registerSingleton("hinewsHome", home);
          // the home (its database pool) closes after the web server has stopped serving
          if (ctx.getBeanFactory()
              instanceof org.springframework.beans.factory.support.DefaultListableBeanFactory f) {
            f.registerDisposableBean("hinewsHomeCloser", home::close);
          }
        });
    return app.run();
  }
}
