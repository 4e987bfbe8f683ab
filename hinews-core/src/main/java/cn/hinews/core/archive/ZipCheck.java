package cn.hinews.core.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a Word document (a zip) must be before it is opened: no entry with a path that leaves the
 * package (absolute, {@code ..}, a drive, backslashes), not too many entries, and no more inflated
 * bytes than a bulletin could hold, counted as they inflate (a zip bomb lies in its headers).
 */
final class ZipCheck {
  /** Inflated bytes a bulletin's package may hold in all. */
  static final long MAX_INFLATED = 64L * 1024 * 1024;

  /** Entries a bulletin's package may hold. */
  static final int MAX_ENTRIES = 2_000;

  /** How many times larger than its zip the inflated package may be. */
  static final long MAX_RATIO = 200;

  private ZipCheck() {}

  /** Why the package is refused, or empty when it may be opened. */
  static Optional<String> refusal(byte[] zip) {
    long limit = Math.min(MAX_INFLATED, Math.max(1L << 20, zip.length * MAX_RATIO));
    long inflated = 0;
    int entries = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          return Optional.of("压缩包内条目过多（超过 " + MAX_ENTRIES + " 个）");
        }
        Optional<String> bad = badName(e.getName());
        if (bad.isPresent()) {
          return bad;
        }
        inflated += drain(in, buffer, limit - inflated);
        if (inflated > limit) {
          return Optional.of("解压后过大（超过 " + limit / (1024 * 1024) + " MB），疑为压缩炸弹");
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of("不是完好的 Word 文档（zip）：" + e.getMessage());
    }
    return entries == 0 ? Optional.of("不是 Word 文档：压缩包是空的") : Optional.empty();
  }

  private static long drain(InputStream in, byte[] buffer, long allowed) throws IOException {
    long n = 0;
    int r;
    while ((r = in.read(buffer)) > 0) {
      n += r;
      if (n > allowed) {
        return n; // stop inflating: the caller refuses
      }
    }
    return n;
  }

  private static Optional<String> badName(String name) {
    String n = name.replace('\\', '/');
    if (name.contains("\\")
        || n.startsWith("/")
        || n.matches("^[A-Za-z]:.*")
        || n.equals("..")
        || n.startsWith("../")
        || n.contains("/../")
        || n.endsWith("/..")
        || n.indexOf('\0') >= 0) {
      return Optional.of("压缩包内有越出文档的路径：“" + ItemReader.abbreviate(name) + "”");
    }
    return Optional.empty();
  }
}
