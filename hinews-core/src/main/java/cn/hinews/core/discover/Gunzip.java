package cn.hinews.core.discover;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Decompresses gzip bytes up to a limit (a gzip bomb stops at the limit, not at the heap's end).
 */
final class Gunzip {
  /** The decompressed bytes would pass the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("more than " + limit + " bytes");
    }
  }

  private Gunzip() {}

  /** The bytes decompressed when they start with gzip's magic number, else the bytes themselves. */
  static byte[] ifGzipped(byte[] body, long limit) throws IOException {
    if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
      return body;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16_384];
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), buffer.length)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (out.size() + (long) n > limit) {
          throw new TooLarge(limit);
        }
        out.write(buffer, 0, n);
      }
    }
    return out.toByteArray();
  }
}
