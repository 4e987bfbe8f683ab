package cn.hinews.core.domain;

import java.util.Objects;

/**
 * One block of an article body, in reading order.
 *
 * @param kind paragraph, subheading or image caption
 * @param text the block's text, trimmed, never empty
 */
public record Block(BlockKind kind, String text) {
  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    text = text.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a block's text must not be empty");
    }
  }

  /** The blocks' texts, one paragraph after another with a blank line between. */
  public static String joined(java.util.List<Block> blocks) {
    return String.join("\n\n", blocks.stream().map(Block::text).toList());
  }

  public static Block paragraph(String text) {
    return new Block(BlockKind.PARAGRAPH, text);
  }

  public static Block subheading(String text) {
    return new Block(BlockKind.SUBHEADING, text);
  }

  public static Block caption(String text) {
    return new Block(BlockKind.IMAGE_CAPTION, text);
  }
}
