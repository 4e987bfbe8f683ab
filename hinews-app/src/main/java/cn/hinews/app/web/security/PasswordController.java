package cn.hinews.app.web.security;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: every user changes their own password here (the first login must). */
@Controller
class PasswordController {
  static final String PATH = "/account/password";

  private final Users users;

  PasswordController(Users users) {
    this.users = users;
  }

  @GetMapping(PATH)
  String page(Principal who, Model model) {
    model.addAttribute(
        "forced", users.find(who.getName()).map(u -> u.mustChangePassword()).orElse(false));
    return "password";
  }

  @PostMapping(PATH)
  String change(
      @RequestParam String current,
      @RequestParam String password,
      @RequestParam String repeat,
      Principal who,
      RedirectAttributes flash) {
    if (!password.equals(repeat)) {
      flash.addFlashAttribute("error", "两次输入的新密码不一致");
      return "redirect:" + PATH;
    }
    try {
      users.changeOwnPassword(who.getName(), current, password);
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("error", e.getMessage());
      return "redirect:" + PATH;
    }
    flash.addFlashAttribute("message", "密码已修改");
    return "redirect:/";
  }
}
