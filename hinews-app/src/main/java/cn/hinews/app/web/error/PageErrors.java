package cn.hinews.app.web.error;

import cn.hinews.core.bulletin.BulletinException;
import cn.hinews.core.config.ConfigException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Errors of the pages' controllers (the API's own advice answers first for {@code /api}): each a
 * Chinese page with the request id; a missing or malformed field is named in Chinese; anything
 * unexpected is logged with its stack trace and the id, and the page says only that it failed.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PageErrors.class);

  /** The Chinese names of the forms' fields. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("newNumber", "期号"),
          Map.entry("number", "期号"),
          Map.entry("date", "日期"),
          Map.entry("from", "开始日期"),
          Map.entry("to", "结束日期"),
          Map.entry("article", "文章"),
          Map.entry("series", "系列"),
          Map.entry("title", "标题"),
          Map.entry("url", "网址"),
          Map.entry("q", "检索词"),
          Map.entry("page", "页码"),
          Map.entry("min", "相关度下限"),
          Map.entry("pos", "条目位置"),
          Map.entry("id", "编号"));

  static String field(String name) {
    return FIELDS.getOrDefault(name, name);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  Object missing(
      MissingServletRequestParameterException e, HttpServletRequest req, HttpServletResponse res) {
    return ErrorView.render(
        req, res, req.getRequestURI(), 400, "请填写“" + field(e.getParameterName()) + "”后再提交。");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  Object mismatch(
      MethodArgumentTypeMismatchException e, HttpServletRequest req, HttpServletResponse res) {
    String value = String.valueOf(e.getValue());
    if (value.length() > 40) {
      value = value.substring(0, 40) + "…";
    }
    return ErrorView.render(
        req,
        res,
        req.getRequestURI(),
        e.getName().equals("series") || e.getName().equals("number") ? 404 : 400,
        "“" + field(e.getName()) + "”的值无法识别：" + (value.isBlank() ? "（空）" : value));
  }

  @ExceptionHandler(ResponseStatusException.class)
  Object status(ResponseStatusException e, HttpServletRequest req, HttpServletResponse res) {
    int status = e.getStatusCode().value();
    String reason = e.getReason();
    return ErrorView.render(
        req,
        res,
        req.getRequestURI(),
        status,
        ErrorView.forUser(reason) ? reason : ErrorView.defaultMessage(status));
  }

  @ExceptionHandler(BulletinException.class)
  Object bulletin(BulletinException e, HttpServletRequest req, HttpServletResponse res) {
    return userOr(e, req, res, 409);
  }

  @ExceptionHandler(ConfigException.class)
  Object config(ConfigException e, HttpServletRequest req, HttpServletResponse res) {
    return ErrorView.render(req, res, req.getRequestURI(), 404, "没有这个简报系列。");
  }

  @ExceptionHandler(IllegalArgumentException.class)
  Object bad(IllegalArgumentException e, HttpServletRequest req, HttpServletResponse res) {
    return userOr(e, req, res, 400);
  }

  @ExceptionHandler(Exception.class)
  Object unexpected(Exception e, HttpServletRequest req, HttpServletResponse res) throws Exception {
    if (e instanceof org.springframework.security.access.AccessDeniedException
        || e instanceof org.springframework.security.core.AuthenticationException) {
      throw e; // Spring Security's filters answer these (a login, or the 403 page)
    }
    if (e instanceof org.springframework.web.ErrorResponse known) {
      // Spring's own answers to a request it cannot serve: no resource, a wrong method, …
      int status = known.getStatusCode().value();
      return ErrorView.render(
          req, res, req.getRequestURI(), status, ErrorView.defaultMessage(status));
    }
    LOG.error("request {} {} failed", RequestIds.of(req), req.getRequestURI(), e);
    return ErrorView.render(req, res, req.getRequestURI(), 500, ErrorView.defaultMessage(500));
  }

  /** The exception's own message when it is one for a user; else the status's, and a log line. */
  private static Object userOr(
      RuntimeException e, HttpServletRequest req, HttpServletResponse res, int status) {
    if (ErrorView.forUser(e.getMessage())) {
      return ErrorView.render(req, res, req.getRequestURI(), status, e.getMessage());
    }
    LOG.warn("request {} {} refused", RequestIds.of(req), req.getRequestURI(), e);
    return ErrorView.render(
        req, res, req.getRequestURI(), status, ErrorView.defaultMessage(status));
  }
}
