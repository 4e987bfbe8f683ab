package cn.hinews.app.web.upload;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** An upload over the servlet's limits: the import page again, saying so, with status 413. */
@ControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 1)
class UploadTooLarge {
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
  String tooLarge(Model model) {
    model.addAttribute("limits", UploadLimits.describe());
    model.addAttribute("error", "上传过大：" + UploadLimits.describe());
    return "import";
  }
}
