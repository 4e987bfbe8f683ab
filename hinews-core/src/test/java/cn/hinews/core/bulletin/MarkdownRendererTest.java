package cn.hinews.core.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  @Test
  void escapesBodyTextThatWouldReadAsStructure() {
    assertThat(MarkdownRenderer.escape("1. 加强领导")).isEqualTo("\\1. 加强领导");
    assertThat(MarkdownRenderer.escape("# 话题")).isEqualTo("\\# 话题");
    assertThat(MarkdownRenderer.escape("*注")).isEqualTo("\\*注");
    assertThat(MarkdownRenderer.escape("a\\b")).isEqualTo("a\\\\b");
    assertThat(MarkdownRenderer.escape("2026年1月")).isEqualTo("2026年1月");
  }
}
