package cn.hinews.app.web.upload;

import java.util.Locale;
import java.util.Optional;

/**
 * An uploaded file's name as the archive will know it: the browser's name without any folder (some
 * send one), kept as the origin under {@code 上传/}; a name that is not a bulletin file's, or
 * that tries to climb out ({@code ..}, control characters), is refused.
 *
 * @param shown the name as shown in the report
 * @param origin the name given to the importer (its extension says the format)
 * @param refusal why the file is refused, if it is
 */
record UploadName(String shown, String origin, Optional<String> refusal) {
  static UploadName of(String original) {
    String raw = original == null ? "" : original;
    String base = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1).strip();
    String lower = base.toLowerCase(Locale.ROOT);
    Optional<String> refusal = Optional.empty();
    if (base.isEmpty() || base.equals("..") || base.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      refusal = Optional.of("文件名无效");
    } else if (!(lower.endsWith(".md")
        || lower.endsWith(".markdown")
        || lower.endsWith(".docx")
        || lower.endsWith(".pdf"))) {
      refusal = Optional.of("不是简报文件（.md、.docx 或 .pdf）");
    }
    String shown = base.isEmpty() ? "（无名文件）" : base;
    return new UploadName(shown, "上传/" + shown, refusal);
  }
}
