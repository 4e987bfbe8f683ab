package cn.hinews.core.bulletin;

/** A bulletin operation was refused: the message says which issue and why. */
public class BulletinException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BulletinException(String message) {
    super(message);
  }
}
