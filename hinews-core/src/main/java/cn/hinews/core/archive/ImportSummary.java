package cn.hinews.core.archive;

import java.util.List;
import java.util.Locale;

/**
 * The counts of an import of many files, and the words the CLI and the web page use for them.
 *
 * @param files how many files
 * @param imported imported, or in a dry run would be
 * @param unchanged already stored with the same content
 * @param conflicts their number stored with other content
 * @param failed could not be read or stored
 * @param dryRun nothing was stored
 */
public record ImportSummary(
    int files, long imported, long unchanged, long conflicts, long failed, boolean dryRun) {

  public static ImportSummary of(List<ImportOutcome> outcomes, ImportMode mode) {
    boolean dry = mode == ImportMode.DRY_RUN;
    return new ImportSummary(
        outcomes.size(),
        count(outcomes, dry ? ImportOutcome.Status.WOULD_IMPORT : ImportOutcome.Status.IMPORTED),
        count(outcomes, ImportOutcome.Status.UNCHANGED),
        count(outcomes, ImportOutcome.Status.CONFLICT),
        count(outcomes, ImportOutcome.Status.FAILED),
        dry);
  }

  /** {@code 共 2 个文件：导入 1，未变 0，冲突 0，失败 1}. */
  public String sentence() {
    return String.format(
        Locale.ROOT,
        "共 %d 个文件：%s %d，未变 %d，冲突 %d，失败 %d%s",
        files,
        dryRun ? "将导入" : "导入",
        imported,
        unchanged,
        conflicts,
        failed,
        dryRun ? "（试运行：未存储任何内容）" : "");
  }

  /** The word for what became of a file. */
  public static String word(ImportOutcome.Status status) {
    return switch (status) {
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
