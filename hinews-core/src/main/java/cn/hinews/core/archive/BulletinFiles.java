package cn.hinews.core.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads one bulletin file of any of the archive's formats, by its name, into structure. */
final class BulletinFiles {
  /** The formats of the archive. */
  enum Format {
    MARKDOWN,
    WORD,
    PDF;

    /** The format a file's name says, if it is one of ours. */
    static Optional<Format> of(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.endsWith(".md") || n.endsWith(".markdown")) {
        return Optional.of(MARKDOWN);
      }
      if (n.endsWith(".docx")) {
        return Optional.of(WORD);
      }
      return n.endsWith(".pdf") ? Optional.of(PDF) : Optional.empty();
    }
  }

  /** What reading a file gave. */
  sealed interface Read permits Parsed, Unreadable {}

  /** The file read into a bulletin. */
  record Parsed(ParsedBulletin bulletin) implements Read {}

  /**
   * The file could not be read.
   *
   * @param where the file, and the line (paragraph for Word) if the problem has one
   * @param why the reason, in Chinese
   */
  record Unreadable(String where, String why) implements Read {}

  private final MarkdownBulletinParser parser;

  BulletinFiles(MarkdownBulletinParser parser) {
    this.parser = parser;
  }

  Read read(String name, byte[] bytes) {
    Optional<Format> format = Format.of(name);
    if (format.isEmpty()) {
      return new Unreadable(name, "不是简报文件（.md、.docx 或 .pdf）");
    }
    if (format.get() == Format.WORD) {
      Optional<String> refused = ZipCheck.refusal(bytes);
      if (refused.isPresent()) {
        return new Unreadable(name, refused.get());
      }
    }
    try {
      return switch (format.get()) {
        case MARKDOWN -> markdown(name, bytes);
        case WORD ->
            lines(name, DocxBulletinReader.read(new ByteArrayInputStream(bytes)), true, " 第 %d 段");
        case PDF ->
            lines(name, PdfBulletinReader.read(new ByteArrayInputStream(bytes)), false, ":%d");
      };
    } catch (IOException | RuntimeException e) {
      // a file that is not what its name says, or a defect of ours on a file we did not foresee:
      // this file fails with the reason, the others go on
      String kind = format.get() == Format.WORD ? "Word 文档" : "PDF 文件";
      return new Unreadable(name, "不是可读的" + kind + "（" + e + "）");
    }
  }

  Read markdown(String name, byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return new Unreadable(name, "不是 UTF-8 文本（" + e.getMessage() + "）");
    }
    return text(name, text);
  }

  Read text(String name, String text) {
    try {
      return new Parsed(parser.parse(text));
    } catch (BulletinFormatException e) {
      return new Unreadable(name + (e.line() > 0 ? ":" + e.line() : ""), e.getMessage());
    } catch (RuntimeException e) {
      return new Unreadable(name, "无法读取这份简报（" + e + "）");
    }
  }

  private Read lines(String name, List<MarkdownLine> lines, boolean explicit, String at) {
    try {
      return new Parsed(parser.parse(lines, explicit));
    } catch (BulletinFormatException e) {
      String where = e.line() > 0 ? name + String.format(Locale.ROOT, at, e.line()) : name;
      return new Unreadable(where, e.getMessage());
    }
  }
}
