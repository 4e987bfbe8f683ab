package cn.hinews.app.web.admin;

import cn.hinews.app.web.security.LoginThrottle;
import cn.hinews.app.web.security.Users;
import cn.hinews.core.domain.AppUser;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户 (admins): add users, change roles, disable, unlock, set passwords (which also unlocks). */
@Controller
class UsersController {
  private final Users users;
  private final LoginThrottle throttle;

  UsersController(Users users, LoginThrottle throttle) {
    this.users = users;
    this.throttle = throttle;
  }

  @GetMapping("/admin/users")
  String page(Model model) {
    model.addAttribute("users", users.list());
    return "users";
  }

  private String run(RedirectAttributes flash, String done, Runnable change) {
    try {
      change.run();
      flash.addFlashAttribute("message", done);
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/admin/users";
  }

  private static AppUser.Role role(String role) {
    return AppUser.Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
  }

  @PostMapping("/admin/users")
  String add(
      @RequestParam String username,
      @RequestParam String role,
      @RequestParam String password,
      Principal who,
      RedirectAttributes flash) {
    return run(
        flash,
        "已添加 " + username,
        () -> users.add(username.strip(), password, role(role), who.getName()));
  }

  @PostMapping("/admin/users/{name}/role")
  String setRole(
      @PathVariable String name,
      @RequestParam String role,
      Principal who,
      RedirectAttributes flash) {
    return run(flash, "已修改 " + name + " 的角色", () -> users.setRole(name, role(role), who.getName()));
  }

  @PostMapping("/admin/users/{name}/enabled")
  String setEnabled(
      @PathVariable String name,
      @RequestParam boolean on,
      Principal who,
      RedirectAttributes flash) {
    if (!on && name.equals(who.getName())) {
      flash.addFlashAttribute("error", "不能停用自己的账户");
      return "redirect:/admin/users";
    }
    return run(
        flash, (on ? "已启用 " : "已停用 ") + name, () -> users.setEnabled(name, on, who.getName()));
  }

  @PostMapping("/admin/users/{name}/password")
  String setPassword(
      @PathVariable String name,
      @RequestParam String password,
      Principal who,
      RedirectAttributes flash) {
    return run(
        flash, "已重设 " + name + " 的密码", () -> users.setPassword(name, password, who.getName()));
  }

  @PostMapping("/admin/users/{name}/unlock")
  String unlock(@PathVariable String name, Principal who, RedirectAttributes flash) {
    return run(
        flash,
        "已解锁 " + name,
        () -> {
          users.unlock(name, who.getName());
          throttle.forgetUser(name);
        });
  }
}
