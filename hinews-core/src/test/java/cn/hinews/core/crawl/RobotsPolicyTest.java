package cn.hinews.core.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.crawl.FetchResult.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RobotsPolicyTest {
  final List<String> fetched = new ArrayList<>();

  Fetcher serving(String robots, Outcome outcome, int status) {
    return (url, etag, lm) -> {
      fetched.add(url);
      byte[] body = outcome == Outcome.OK ? robots.getBytes(StandardCharsets.UTF_8) : new byte[0];
      return new FetchResult(
          url,
          url,
          outcome,
          status,
          Optional.of("text/plain"),
          body,
          Optional.empty(),
          Optional.empty(),
          1,
          "");
    };
  }

  RobotsPolicy policy(Fetcher f) {
    return new RobotsPolicy(
        f,
        "hinews",
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
        Duration.ofDays(1));
  }

  @Test
  void rulesForOurAgentAndTheCrawlDelay() {
    RobotsPolicy p =
        policy(
            serving(
                "User-agent: *\nDisallow: /private/\nCrawl-delay: 5\n\nUser-agent: hinews\nDisallow: /search\nCrawl-delay: 3\n",
                Outcome.OK,
                200));
    assertThat(p.check("http://www.nhc.gov.cn/search?q=ai").allowed()).isFalse();
    RobotsPolicy.Verdict v = p.check("http://www.nhc.gov.cn/xcs/yqtb/list.shtml");
    assertThat(v.allowed()).isTrue();
    assertThat(v.crawlDelay()).contains(Duration.ofSeconds(3));
    assertThat(fetched).containsExactly("http://www.nhc.gov.cn/robots.txt"); // once per site
  }

  @Test
  void missingRobotsAllowsAndUnreachableForbids() {
    assertThat(policy(serving("", Outcome.CLIENT_ERROR, 404)).check("http://a.cn/x").allowed())
        .isTrue();
    RobotsPolicy.Verdict down =
        policy(serving("", Outcome.SERVER_ERROR, 503)).check("http://a.cn/x");
    assertThat(down.allowed()).isFalse();
    assertThat(down.reason()).contains("robots.txt").contains("503");
    assertThat(policy(serving("", Outcome.NETWORK_ERROR, 0)).check("http://a.cn/x").allowed())
        .isFalse();
  }
}
