package cn.hinews.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.domain.Source;
import cn.hinews.core.domain.SourceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceRegistryTest {
  private final SourceRegistry registry = SourceRegistry.defaults();

  @ParameterizedTest
  @CsvSource({
    "bjsbdzb.bjd.com.cn, 北京商报",
    "xinwen.bjd.com.cn, 北京日报",
    "bjwb-app.bjd.com.cn, 北京日报",
    "zj.news.cn, 新华网",
    "www.xinhuanet.com, 新华网",
    "sc.people.com.cn, 人民网",
    "xm.cnr.cn, 央广网",
    "epaper.ynet.com, 北京青年报",
    "m.bjnews.com.cn, 新京报",
    "beijing.qianlong.com, 千龙网",
    "wjw.beijing.gov.cn, 北京市卫生健康委",
    "www.beijing.gov.cn, 北京市人民政府",
    "www.nhc.gov.cn, 国家卫生健康委",
    "www.gov.cn, 中国政府网",
    "people.com.cn, 人民网"
  })
  void theMostSpecificHostPatternWins(String host, String outlet) {
    assertThat(registry.forHost(host)).map(Source::outlet).contains(outlet);
  }

  @ParameterizedTest
  @CsvSource({"example.com", "notpeople.com.cn", "gov.cn.example.org"})
  void unknownHosts(String host) {
    assertThat(registry.forHost(host)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"www.nhc.gov.cn, GOVERNMENT", "www.cnr.cn, MEDIA"})
  void kinds(String host, SourceKind kind) {
    assertThat(registry.forHost(host)).map(Source::kind).contains(kind);
  }
}
