package cn.hinews.app.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /error}: what the servlet container shows for an error no controller handled (an unknown
 * address, a refused request, Spring Security's 403) — the Chinese page instead of the Whitelabel.
 */
@Controller
class ErrorPages implements ErrorController {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ErrorPages.class);

  @RequestMapping("/error")
  Object error(HttpServletRequest request, HttpServletResponse response) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? "" : uri.toString();
    Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (thrown instanceof Throwable t) {
      LOG.error("request {} {} failed", RequestIds.of(request), path, t);
    }
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    String said =
        message != null && ErrorView.forUser(message.toString())
            ? message.toString()
            : ErrorView.defaultMessage(status);
    return ErrorView.render(request, response, path, status, said);
  }
}
