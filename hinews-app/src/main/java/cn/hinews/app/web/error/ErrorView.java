package cn.hinews.app.web.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * An error as the user meets it: a Chinese page in the app's layout (or, for {@code /api} and
 * scripts asking for JSON, {@code {"message": …, "requestId": …}}), with the request's id and never
 * an internal text.
 */
final class ErrorView {
  private ErrorView() {}

  /** The heading of a status, in Chinese. */
  static String title(int status) {
    return switch (status) {
      case 400 -> "请求有误";
      case 401 -> "请先登录";
      case 403 -> "没有权限";
      case 404 -> "找不到页面";
      case 405 -> "不支持这个操作";
      case 409 -> "操作没有完成";
      case 413 -> "上传过大";
      case 429 -> "请求太频繁";
      default -> status >= 500 ? "服务器出错了" : "请求没有完成";
    };
  }

  /** What to say when the error has no message of its own fit for a user. */
  static String defaultMessage(int status) {
    return switch (status) {
      case 400 -> "请求的参数不完整或格式不对，请检查后重试。";
      case 401 -> "请先登录后再访问。";
      case 403 -> "您的账号没有这个操作的权限。如需要，请联系管理员调整角色。";
      case 404 -> "您要找的页面、期次或文章不存在，可能已被删除或地址有误。";
      case 405 -> "这个地址不支持这样的请求。";
      case 413 -> "提交的内容太大。";
      case 429 -> "请求太频繁，请稍等片刻再试。";
      default -> "处理请求时出错了。请稍后再试；如果一再出现，请把下面的请求编号告诉管理员。";
    };
  }

  static boolean wantsJson(HttpServletRequest request, String path) {
    String accept = String.valueOf(request.getHeader("Accept"));
    return path.startsWith("/api/")
        || (accept.contains("application/json") && !accept.contains("text/html"));
  }

  static Object render(
      HttpServletRequest request,
      HttpServletResponse response,
      String path,
      int status,
      String message) {
    String id = RequestIds.of(request);
    response.setStatus(status);
    if (wantsJson(request, path)) {
      return ResponseEntity.status(status)
          .contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("message", message, "requestId", id));
    }
    ModelAndView page = new ModelAndView("error");
    page.setStatus(HttpStatus.valueOf(status));
    page.addObject("status", status);
    page.addObject("heading", title(status));
    page.addObject("message", message);
    page.addObject("requestId", id);
    return page;
  }

  /** Whether a message is one for a user: Chinese, without a class name or SQL. */
  static boolean forUser(String message) {
    return message != null
        && message
            .codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        && !message.matches("(?s).*(Exception|SQL|\\bat [a-z]+\\.[a-z]|java\\.|org\\.).*");
  }
}
