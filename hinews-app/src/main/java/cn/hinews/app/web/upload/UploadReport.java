package cn.hinews.app.web.upload;

import cn.hinews.core.archive.ImportOutcome;
import java.util.List;
import java.util.Locale;

/**
 * The report of an upload, as the page shows it.
 *
 * @param outcomes what became of each file
 * @param dryRun nothing was stored
 * @param totals the counts in one sentence
 */
record UploadReport(List<ImportOutcome> outcomes, boolean dryRun, String totals) {
  UploadReport {
    outcomes = List.copyOf(outcomes);
  }

  static UploadReport of(List<ImportOutcome> outcomes, boolean dryRun) {
    String totals =
        String.format(
            Locale.ROOT,
            "共 %d 个文件：%s %d，未变 %d，冲突 %d，失败 %d%s",
            outcomes.size(),
            dryRun ? "将导入" : "导入",
            count(
                outcomes,
                dryRun ? ImportOutcome.Status.WOULD_IMPORT : ImportOutcome.Status.IMPORTED),
            count(outcomes, ImportOutcome.Status.UNCHANGED),
            count(outcomes, ImportOutcome.Status.CONFLICT),
            count(outcomes, ImportOutcome.Status.FAILED),
            dryRun ? "（试运行：未存储任何内容）" : "");
    return new UploadReport(outcomes, dryRun, totals);
  }

  /** The Chinese word for a status. */
  public String status(ImportOutcome o) {
    return switch (o.status()) {
      case IMPORTED -> "已导入";
      case WOULD_IMPORT -> "将导入";
      case UNCHANGED -> "未变";
      case CONFLICT -> "冲突";
      case FAILED -> "失败";
    };
  }

  private static long count(List<ImportOutcome> outcomes, ImportOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }
}
