package cn.hinews.core.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  @Test
  void escapesBodyTextThatWouldReadAsStructure() {
    assertThat(cn.hinews.core.text.MarkdownText.escape("1. 加强领导")).isEqualTo("\\1. 加强领导");
    assertThat(cn.hinews.core.text.MarkdownText.escape("# 话题")).isEqualTo("\\# 话题");
    assertThat(cn.hinews.core.text.MarkdownText.escape("*注")).isEqualTo("\\*注");
    assertThat(cn.hinews.core.text.MarkdownText.escape("a\\b")).isEqualTo("a\\\\b");
    assertThat(cn.hinews.core.text.MarkdownText.escape("2026年1月")).isEqualTo("2026年1月");
  }
}
