package cn.hinews.app.web.error;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The errors Tomcat answers itself, before any of our code runs (a request line or header too long,
 * a malformed request): a short Chinese page instead of Tomcat's "HTTP Status 400" report. Runs
 * after Spring Boot's own customizer, whose report valve it replaces.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class TomcatErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          Container parent = context.getParent();
          if (parent instanceof StandardHost host) {
            for (Valve v : host.getPipeline().getValves()) {
              if (v instanceof ErrorReportValve) {
                host.getPipeline().removeValve(v);
              }
            }
            host.setErrorReportValveClass(ChineseErrorValve.class.getName());
            host.getPipeline().addValve(new ChineseErrorValve());
          }
        });
  }

  /** Tomcat's report valve with our words: status, a Chinese sentence, no server details. */
  public static final class ChineseErrorValve extends ErrorReportValve {
    private static final org.slf4j.Logger LOG =
        org.slf4j.LoggerFactory.getLogger(ChineseErrorValve.class);

    public ChineseErrorValve() {
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      AtomicBoolean io = new AtomicBoolean(false);
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, io);
      if (!io.get()) {
        return;
      }
      String message =
          status == 400
              ? "请求无法处理：地址或内容太长，或格式不对。检索词请控制在 200 字以内。"
              : ErrorView.defaultMessage(status);
      String page =
          "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
              + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
              + "<title>hinews · "
              + ErrorView.title(status)
              + "</title><link rel=\"stylesheet\" href=\"/hinews.css\"></head><body>"
              + "<header class=\"bar\"><a class=\"brand\" href=\"/\"><strong>hinews</strong>"
              + " 卫生信息化舆情监测</a></header><main class=\"error-page\"><h1>"
              + ErrorView.title(status)
              + "</h1><p class=\"error\">"
              + message
              + "</p><p class=\"meta\">状态码 "
              + status
              + "</p><p><a href=\"/\">返回首页</a></p></main></body></html>";
      try {
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(page);
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        LOG.warn("could not write the error page for status {}", status, e);
      }
    }
  }
}
