package cn.hinews.core.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as stored: what one page said, in our own blocks.
 *
 * @param url canonical URL, the article's identity
 * @param title headline
 * @param outlet the publishing brand (人民网), not the host name
 * @param sourceLine the page's own 来源 line, naming the original outlet of a reprint; empty if none
 * @param authors reporters and writers
 * @param editors 责任编辑 / 编辑
 * @param published publish time with its precision, if known
 * @param body ordered blocks
 * @param fetchedAt when the page was fetched, if it was (imports have none)
 */
public record Article(
    String url,
    String title,
    String outlet,
    String sourceLine,
    List<String> authors,
    List<String> editors,
    Optional<PublishTime> published,
    List<Block> body,
    Optional<Instant> fetchedAt) {

  public Article {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    sourceLine = sourceLine == null ? "" : sourceLine;
    authors = List.copyOf(authors);
    editors = List.copyOf(editors);
    Objects.requireNonNull(published, "published");
    body = List.copyOf(body);
    Objects.requireNonNull(fetchedAt, "fetchedAt");
  }

  /** SHA-256 over title and body text: equal for two copies of the same text. */
  public String contentHash() {
    return contentHash(title, body);
  }

  /** SHA-256 over a title and body blocks, hex-encoded. */
  public static String contentHash(String title, List<Block> body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(title.getBytes(StandardCharsets.UTF_8));
      for (Block block : body) {
        digest.update((byte) 0);
        digest.update(block.kind().name().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 1);
        digest.update(block.text().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
