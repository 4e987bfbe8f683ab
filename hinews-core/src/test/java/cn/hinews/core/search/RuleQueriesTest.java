package cn.hinews.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The search syntax over one article in memory, as the alert rules use it. */
class RuleQueriesTest {
  private final RuleQueries queries = new RuleQueries();
  private final RuleQueries.Article article =
      queries.article("某医院信息系统宕机导致无法挂号", "某医院信息系统宕机，患者无法挂号，医院启动应急预案。卫生健康部门要求加强数据安全。");

  private boolean matches(String q) {
    return article.matches(queries.compile(q));
  }

  @Test
  void chineseOperatorsPhrasesAndExclusions() {
    assertThat(matches("宕机")).isTrue();
    assertThat(matches("宕机 与 挂号")).isTrue();
    assertThat(matches("宕机 与 医保")).isFalse();
    assertThat(matches("医保 或 宕机")).isTrue();
    assertThat(matches("宕机 非 挂号")).isFalse();
    assertThat(matches("宕机 -医保")).isTrue();
    assertThat(matches("-宕机")).isFalse();
    assertThat(matches("-医保")).isTrue();
    assertThat(matches("\"数据安全\"")).isTrue();
    assertThat(matches("\"安全数据\"")).isFalse();
    assertThat(matches("")).isTrue();
  }

  @Test
  void aDanglingOperatorIsRefusedWithItsPosition() {
    assertThatThrownBy(() -> queries.compile("宕机 或"))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class,
            e -> {
              assertThat(e.position()).isEqualTo(3);
              assertThat(e.userMessage()).contains("第 4 个字");
            });
    assertThatThrownBy(() -> queries.compile("与 宕机"))
        .isInstanceOfSatisfying(QuerySyntaxException.class, e -> assertThat(e.position()).isZero());
  }
}
