package cn.hinews.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The server's highlights of the segmented, lower-cased field put back on the text as written. */
class MarksTest {
  private static final String S = String.valueOf(OpenSearchDocs.SEP);

  @Test
  void marksLandOnTheTextAsWrittenEscaped() {
    String text = "Hospital 使用 AI 辅助<诊断>";
    String fragment =
        "hospital"
            + S
            + " "
            + S
            + "使用"
            + S
            + " "
            + S
            + Marks.PRE
            + "ai"
            + Marks.POST
            + S
            + " "
            + S
            + "辅助"
            + S
            + "<"
            + S
            + "诊断"
            + S
            + ">";
    assertThat(Marks.onText(fragment, text)).isEqualTo("Hospital 使用 <mark>AI</mark> 辅助&lt;诊断&gt;");
  }

  @Test
  void adjacentMatchesAreOneMark() {
    String fragment = "发布" + S + Marks.PRE + "数据" + Marks.POST + S + Marks.PRE + "安全" + Marks.POST;
    assertThat(Marks.onText(fragment, "发布数据安全")).isEqualTo("发布<mark>数据安全</mark>");
  }

  @Test
  void aFragmentFromTheMiddleFindsItsPlace() {
    String text = "第一句。第二句有AI。";
    String fragment = "第二" + S + "句" + S + "有" + S + Marks.PRE + "ai" + Marks.POST + S + "。";
    assertThat(Marks.onText(fragment, text)).isEqualTo("第二句有<mark>AI</mark>。");
  }

  @Test
  void punctuationWrittenAsItsPlaceholderComesBackAsWritten() {
    String p = String.valueOf(OpenSearchDocs.PUNCT);
    String text = "全市建成智慧医院——电子病历“升级”。";
    String fragment =
        "建成"
            + S
            + Marks.PRE
            + "智慧"
            + Marks.POST
            + S
            + Marks.PRE
            + "医院"
            + Marks.POST
            + S
            + Marks.PRE
            + p
            + Marks.POST
            + S
            + Marks.PRE
            + p
            + Marks.POST
            + S
            + Marks.PRE
            + "电子"
            + Marks.POST
            + S
            + "病历"
            + S
            + p
            + S
            + "升级"
            + S
            + p;
    assertThat(Marks.onText(fragment, text)).isEqualTo("建成<mark>智慧医院——电子</mark>病历“升级”");
    // a placeholder stands for a mark only, never for a letter
    assertThat(Marks.find("智慧医院a电子", "医院" + p + "电子")).isEqualTo(-1);
    assertThat(Marks.find("智慧医院，电子", "医院" + p + "电子")).isEqualTo(2);
    assertThat(Marks.find("，，电子", p + p + "电子")).isZero();
  }
}
