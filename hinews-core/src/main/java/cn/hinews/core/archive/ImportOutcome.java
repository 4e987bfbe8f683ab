package cn.hinews.core.archive;

import java.util.List;

/**
 * What importing one file did.
 *
 * @param file the file's path or name
 * @param status imported, unchanged or failed
 * @param message for a failure: {@code file:line: reason}; otherwise a one-line summary
 * @param warnings odd things that did not stop the import
 */
public record ImportOutcome(String file, Status status, String message, List<String> warnings) {
  public ImportOutcome {
    warnings = List.copyOf(warnings);
  }

  /** What became of a file. */
  public enum Status {
    IMPORTED,
    UNCHANGED,
    FAILED
  }

  public boolean failed() {
    return status == Status.FAILED;
  }
}
