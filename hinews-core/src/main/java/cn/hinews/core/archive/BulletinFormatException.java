package cn.hinews.core.archive;

/** A bulletin file does not have the house structure: the message says what, the line where. */
public class BulletinFormatException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int line;

  public BulletinFormatException(int line, String message) {
    super(message);
    this.line = line;
  }

  /** 1-based line number in the file, 0 if the problem is the file as a whole. */
  public int line() {
    return line;
  }
}
