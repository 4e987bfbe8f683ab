package cn.hinews.app.web.upload;

import cn.hinews.app.web.security.Users;
import cn.hinews.core.archive.ImportMode;
import cn.hinews.core.archive.ImportOutcome;
import cn.hinews.core.home.HinewsHome;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * 导入往期简报: an editor uploads bulletin files (Markdown, Word, PDF) and gets the same report as {@code
 * hinews import}: what became of each file, failures with file:line and the reason, and an issue
 * whose number is stored with other content side by side with the stored one. Each file is
 * size-limited; a Word file's package is checked before it is opened (no zip bomb, no entry with a
 * path out of it; see the core's archive import). Nothing of a bad file is stored.
 */
@Controller
class UploadController {
  private final HinewsHome home;
  private final Users users;

  UploadController(HinewsHome home, Users users) {
    this.home = home;
    this.users = users;
  }

  @GetMapping(UploadLimits.PATH)
  String form(HttpServletRequest request, Model model) {
    requireEditor(request);
    model.addAttribute("limits", UploadLimits.describe());
    return "import";
  }

  @PostMapping(UploadLimits.PATH)
  String upload(
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
      HttpServletRequest request,
      Principal principal,
      Model model) {
    requireEditor(request);
    model.addAttribute("limits", UploadLimits.describe());
    List<MultipartFile> chosen =
        files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
    if (chosen.isEmpty()) {
      model.addAttribute("error", "请选择要导入的文件（.md、.docx 或 .pdf）");
      return "import";
    }
    if (chosen.size() > UploadLimits.MAX_FILES) {
      model.addAttribute("error", "一次最多导入 " + UploadLimits.MAX_FILES + " 个文件");
      return "import";
    }
    ImportMode mode = dryRun ? ImportMode.DRY_RUN : ImportMode.STORE;
    List<ImportOutcome> outcomes = new ArrayList<>();
    for (MultipartFile f : chosen) {
      ImportOutcome outcome = importOne(f, mode);
      outcomes.add(outcome);
      if (!dryRun) {
        users.audit(
            principal.getName(),
            cn.hinews.core.domain.AuditAction.IMPORT,
            outcome.file(),
            outcome.status().name());
      }
    }
    model.addAttribute("report", UploadReport.of(outcomes, dryRun));
    return "import";
  }

  private ImportOutcome importOne(MultipartFile f, ImportMode mode) {
    UploadName name = UploadName.of(f.getOriginalFilename());
    if (name.refusal().isPresent()) {
      return refused(name.shown(), name.refusal().get());
    }
    if (f.getSize() > UploadLimits.MAX_FILE_BYTES) {
      return refused(name.shown(), "文件过大（上限 " + UploadLimits.MAX_FILE_MB + " MB）");
    }
    byte[] bytes;
    try {
      bytes = f.getBytes();
    } catch (IOException e) {
      return refused(name.shown(), "上传未能读完：" + e.getMessage());
    }
    return home.importer().importBytes(name.origin(), bytes, mode);
  }

  private static ImportOutcome refused(String file, String why) {
    return new ImportOutcome(file, ImportOutcome.Status.FAILED, file + ": " + why, List.of());
  }

  private static void requireEditor(HttpServletRequest request) {
    if (!request.isUserInRole("EDITOR")) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "导入往期简报需要编辑权限");
    }
  }
}
