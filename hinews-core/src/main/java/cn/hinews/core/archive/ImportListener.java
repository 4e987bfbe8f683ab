package cn.hinews.core.archive;

/** Hears an import of many files as it goes (the CLI's progress bar, a web page's report). */
public interface ImportListener {
  /** The files were listed: {@code total} of them will be read. */
  default void found(int total) {}

  /** One file is done. */
  void done(ImportOutcome outcome);
}
