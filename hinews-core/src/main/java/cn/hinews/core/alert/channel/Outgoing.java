package cn.hinews.core.alert.channel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message in the forms the channels need: a subject, Markdown for the robots, plain text for
 * mail, the link it is about, and files for mail.
 *
 * @param subject the title line
 * @param markdown the body as Markdown (robots)
 * @param text the body as plain text (mail)
 * @param link the article or page it is about, if one
 * @param attachments files attached to a mail (robots leave them out)
 */
public record Outgoing(
    String subject,
    String markdown,
    String text,
    Optional<String> link,
    List<Attachment> attachments) {
  public Outgoing {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(link, "link");
    attachments = List.copyOf(attachments);
  }

  /** A file attached to a mail. */
  public record Attachment(String fileName, String contentType, byte[] bytes) {
    public Attachment {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(contentType, "contentType");
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }
}
