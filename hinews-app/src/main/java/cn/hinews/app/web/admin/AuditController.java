package cn.hinews.app.web.admin;

import cn.hinews.app.web.security.Users;
import cn.hinews.core.domain.AuditEntry;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The audit log, for admins: who logged in, published, edited, changed a source or a user. */
@Controller
class AuditController {
  private final Users users;

  AuditController(Users users) {
    this.users = users;
  }

  @GetMapping("/admin/audit")
  String page(Model model) {
    model.addAttribute("entries", users.auditLog(500));
    return "audit";
  }

  @GetMapping("/api/admin/audit")
  @ResponseBody
  List<AuditEntry> json() {
    return users.auditLog(500);
  }
}
