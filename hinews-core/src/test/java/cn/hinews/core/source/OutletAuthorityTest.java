package cn.hinews.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletAuthorityTest {
  @Test
  void authorityFollowsTheRegistry() {
    OutletAuthority a = new OutletAuthority(SourceRegistry.defaults());
    assertThat(a.of("国家卫生健康委")).isGreaterThan(a.of("新华网"));
    assertThat(a.of("新华网")).isGreaterThan(a.of("北京市卫生健康委"));
    assertThat(a.of("北京市卫生健康委")).isGreaterThan(a.of("北京日报"));
    assertThat(a.of("北京日报")).isGreaterThan(a.of("无名小站"));
  }
}
