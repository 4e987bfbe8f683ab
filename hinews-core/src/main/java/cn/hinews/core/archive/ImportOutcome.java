package cn.hinews.core.archive;

import java.util.List;
import java.util.Optional;

/**
 * What importing one file did (or, in a dry run, would do).
 *
 * @param file the file's path or name
 * @param status imported, unchanged, failed …
 * @param message for a failure: {@code file:line: reason}; otherwise a one-line summary (Chinese)
 * @param warnings odd things that did not stop the import
 * @param issue the issue the file holds ({@code weekly 656}), when it could be read
 * @param conflict for {@link Status#CONFLICT}: the stored issue and the file side by side
 */
public record ImportOutcome(
    String file,
    Status status,
    String message,
    List<String> warnings,
    Optional<String> issue,
    Optional<IssueDiff> conflict) {
  public ImportOutcome {
    warnings = List.copyOf(warnings);
  }

  public ImportOutcome(String file, Status status, String message, List<String> warnings) {
    this(file, status, message, warnings, Optional.empty(), Optional.empty());
  }

  /** What became of a file. */
  public enum Status {
    IMPORTED,
    /** a dry run: the file is a new issue and would be imported */
    WOULD_IMPORT,
    UNCHANGED,
    /** the issue's number is stored with other content: nothing stored, see the diff */
    CONFLICT,
    FAILED
  }

  /** Nothing of the file was (or would be) stored because of a problem. */
  public boolean failed() {
    return status == Status.FAILED || status == Status.CONFLICT;
  }
}
