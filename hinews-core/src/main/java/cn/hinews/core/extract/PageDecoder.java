package cn.hinews.core.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Page bytes to text: BOM, then the HTTP header, then the meta tag, each checked against the bytes
 * (a page that says gb2312 but is UTF-8 exists), then juniversalchardet. GB2312 and GBK are read as
 * their superset GB18030.
 */
final class PageDecoder {
  /** The text and where its charset came from. */
  record Decoded(String text, Charset charset, String source) {}

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "(?i)<meta[^>]+?(?:charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)|content\\s*=\\s*[\"'][^\"']*?charset\\s*=\\s*([\\w.:-]+))");

  private PageDecoder() {}

  static Decoded decode(byte[] bytes, Optional<String> contentType) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(
          new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8,
          "bom");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE,
          "bom");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE,
          "bom");
    }
    Optional<Charset> header = contentType.flatMap(PageDecoder::fromHeader);
    Optional<Charset> meta = fromMeta(bytes);
    Optional<Charset> declared = header.isPresent() ? header : meta;
    String declaredBy = header.isPresent() ? "header" : "meta";
    boolean utf8 = isUtf8(bytes);
    if (declared.isPresent()) {
      Charset cs = declared.get();
      if (cs.equals(StandardCharsets.UTF_8) && !utf8) {
        Charset sniffed = sniff(bytes).orElse(GB18030);
        return decoded(bytes, sniffed, "sniffed (declared utf-8 by " + declaredBy + " is not)");
      }
      if (!cs.equals(StandardCharsets.UTF_8) && utf8 && hasMultibyte(bytes)) {
        return decoded(
            bytes,
            StandardCharsets.UTF_8,
            "sniffed (declared " + cs.name() + " but bytes are UTF-8)");
      }
      return decoded(bytes, cs, declaredBy);
    }
    if (utf8) {
      return decoded(bytes, StandardCharsets.UTF_8, "sniffed");
    }
    return decoded(bytes, sniff(bytes).orElse(GB18030), "sniffed");
  }

  private static Decoded decoded(byte[] bytes, Charset cs, String source) {
    return new Decoded(new String(bytes, cs), cs, source);
  }

  static Optional<Charset> fromHeader(String contentType) {
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? charset(m.group(1)) : Optional.empty();
  }

  static Optional<Charset> fromMeta(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    while (m.find()) {
      Optional<Charset> cs = charset(m.group(1) != null ? m.group(1) : m.group(2));
      if (cs.isPresent()) {
        return cs;
      }
    }
    return Optional.empty();
  }

  /** A charset by name, with the GB family widened to GB18030. */
  static Optional<Charset> charset(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.startsWith("gb") || n.equals("x-gbk") || n.equals("cp936") || n.equals("euc-cn")) {
      return Optional.of(GB18030);
    }
    if (n.equals("utf8")) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Optional<Charset> sniff(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    return name == null ? Optional.empty() : charset(name);
  }

  static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean hasMultibyte(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
