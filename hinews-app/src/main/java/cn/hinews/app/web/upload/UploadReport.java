package cn.hinews.app.web.upload;

import cn.hinews.core.archive.ImportMode;
import cn.hinews.core.archive.ImportOutcome;
import cn.hinews.core.archive.ImportSummary;
import java.util.List;

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
    ImportMode mode = dryRun ? ImportMode.DRY_RUN : ImportMode.STORE;
    return new UploadReport(outcomes, dryRun, ImportSummary.of(outcomes, mode).sentence());
  }

  /** The Chinese word for what became of a file. */
  public String status(ImportOutcome o) {
    return ImportSummary.word(o.status());
  }
}
