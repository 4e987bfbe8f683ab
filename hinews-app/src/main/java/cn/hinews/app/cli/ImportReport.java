package cn.hinews.app.cli;

import cn.hinews.core.archive.ImportOutcome;
import cn.hinews.core.archive.ImportSummary;
import cn.hinews.core.archive.IssueDiff;
import java.io.PrintWriter;
import java.util.List;

/**
 * What {@code hinews import} prints: a progress bar on standard error, then a table of the files
 * with what became of each, then the conflicts side by side. Widths count a Chinese character as
 * two columns, as a terminal shows it.
 */
final class ImportReport {
  private static final int BAR = 30;
  private static final int SIDE = 58;

  private ImportReport() {}

  static String status(ImportOutcome.Status s) {
    return ImportSummary.word(s);
  }

  /** One step of the progress bar, drawn over the last. */
  static void progress(PrintWriter err, int done, int total, String file) {
    int filled = total == 0 ? BAR : done * BAR / total;
    err.print(
        "\r导入 ["
            + "#".repeat(filled)
            + "-".repeat(BAR - filled)
            + "] "
            + done
            + "/"
            + total
            + "  "
            + fit(file, 40)
            + "\u001b[K");
    err.flush();
  }

  /** The table of outcomes: 结果, 期次, 文件, 说明 (for a failure: file:line and the reason). */
  static void table(PrintWriter out, List<ImportOutcome> outcomes) {
    out.println(pad("结果", 8) + pad("期次", 14) + pad("文件", 44) + "说明");
    for (ImportOutcome o : outcomes) {
      String note = o.failed() || o.status() == ImportOutcome.Status.CONFLICT ? o.message() : "";
      if (note.isEmpty() && !o.warnings().isEmpty()) {
        note = "注意：" + String.join("；", o.warnings());
      } else if (note.isEmpty()) {
        note = o.message();
      }
      out.println(
          pad(status(o.status()), 8)
              + pad(o.issue().orElse("—"), 14)
              + pad(fit(o.file(), 42), 44)
              + note);
    }
  }

  /** A conflict: the stored issue on the left, the file on the right. */
  static void conflict(PrintWriter out, ImportOutcome o, IssueDiff diff) {
    out.println();
    out.println(
        "== " + o.issue().orElse("") + "：左为已存（来自 " + diff.storedOrigin() + "），右为 " + o.file());
    for (IssueDiff.Row r : diff.rows()) {
      String mark =
          switch (r.kind()) {
            case SAME -> "  ";
            case CHANGED -> "≠ ";
            case REMOVED -> "- ";
            case ADDED -> "+ ";
            case SKIPPED -> "  ";
          };
      if (r.kind() == IssueDiff.Kind.SKIPPED) {
        out.println("   … 相同 " + r.stored() + " 行 …");
      } else {
        out.println(mark + pad(fit(r.stored(), SIDE), SIDE) + " │ " + fit(r.imported(), SIDE));
      }
    }
  }

  /** Columns a text takes in a terminal: two for a wide (CJK, full-width) character. */
  static int width(String s) {
    return s.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115f)
        || (c >= 0x2e80 && c <= 0xa4cf)
        || (c >= 0xac00 && c <= 0xd7a3)
        || (c >= 0xf900 && c <= 0xfaff)
        || (c >= 0xfe30 && c <= 0xfe4f)
        || (c >= 0xff00 && c <= 0xff60)
        || (c >= 0xffe0 && c <= 0xffe6)
        || (c >= 0x20000 && c <= 0x3fffd);
  }

  static String pad(String s, int columns) {
    return s + " ".repeat(Math.max(1, columns - width(s)));
  }

  /** The text cut to at most {@code columns} columns, with … where it was cut. */
  static String fit(String s, int columns) {
    if (width(s) <= columns) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int cw = isWide(c) ? 2 : 1;
      if (w + cw > columns - 1) {
        break;
      }
      b.appendCodePoint(c);
      w += cw;
      i += Character.charCount(c);
    }
    return b.append('…').toString();
  }
}
