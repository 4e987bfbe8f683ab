package cn.hinews.app.web.api;

import cn.hinews.core.bulletin.BulletinException;
import cn.hinews.core.config.ConfigException;
import cn.hinews.core.store.StoreException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of every {@code /api} controller as JSON with a message: bad input 400, unknown 404, a
 * state that forbids it 409, anything else 500 without the internals.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiErrors.class);

  private static ResponseEntity<Map<String, String>> json(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", String.valueOf(message)));
  }

  @ExceptionHandler({
    IllegalArgumentException.class,
    MethodArgumentTypeMismatchException.class,
    org.springframework.web.bind.MissingServletRequestParameterException.class
  })
  ResponseEntity<Map<String, String>> bad(Exception e) {
    return json(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(ConfigException.class)
  ResponseEntity<Map<String, String>> unknown(ConfigException e) {
    return json(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler({BulletinException.class, StoreException.class})
  ResponseEntity<Map<String, String>> conflict(RuntimeException e) {
    return json(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(org.springframework.web.server.ResponseStatusException.class)
  ResponseEntity<Map<String, String>> status(
      org.springframework.web.server.ResponseStatusException e) {
    return json(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason());
  }
}
