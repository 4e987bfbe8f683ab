package cn.hinews.core.archive;

/** Whether an import stores what it reads. */
public enum ImportMode {
  /** each good file is stored as a published issue */
  STORE,
  /** nothing is stored: the outcomes say what would be imported */
  DRY_RUN
}
