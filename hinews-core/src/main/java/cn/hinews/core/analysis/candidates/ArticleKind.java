package cn.hinews.core.analysis.candidates;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What kind of article a candidate is, from its headline and keywords: editors of these bulletins
 * carry reports of concrete events, policies and deployments, rarely market analyses, commentary or
 * product launches.
 */
public enum ArticleKind {
  /** A report of an event, a policy, a deployment (启动, 上线, 印发, 召开 …). */
  REPORT("新闻报道", 1.0),
  /** Neither kind's words: counted halfway. */
  UNKNOWN("未辨明类型", 0.5),
  /** A market or industry analysis (市场规模, 融资, 赛道 …). */
  MARKET("市场分析", 0.0),
  /** Commentary or opinion (评论, 观点, 时评 …). */
  COMMENTARY("评论", 0.0),
  /** A product launch (新品, 发布会, 亮相 …). */
  LAUNCH("产品发布", 0.0);

  private static final Pattern MARKET_WORDS =
      Pattern.compile("市场规模|市场份额|亿元|增长率|复合增长|赛道|融资|投资|营收|财报|股价|概念股|研报|白皮书|市场发展报告|行业报告|产业报告");
  private static final Pattern COMMENTARY_WORDS =
      Pattern.compile("评论|时评|观点|社论|短评|专栏|锐评|网评|人民网评|随笔|浅谈|刍议|之思|大健康观察|财经眼|观察[）)]");
  private static final Pattern LAUNCH_WORDS = Pattern.compile("新品|发布会|亮相|首发|推出.{0,8}(产品|版)|上市销售");
  private static final Pattern REPORT_WORDS =
      Pattern.compile(
          "启动|上线|启用|印发|出台|召开|举行|举办|签约|开通|落地|建成|试点|开展|部署|通知|实施|揭牌|投入使用|探访|走进|实践|正式运行|发布《");

  private final String label;
  private final double value;

  ArticleKind(String label, double value) {
    this.label = label;
    this.value = value;
  }

  /** The kind's name in Chinese. */
  public String label() {
    return label;
  }

  /** The value of the {@link PickFeature#KIND} feature: 1 a report, 0 another kind. */
  public double value() {
    return value;
  }

  /** The kind of an article with this headline and these keywords. */
  public static ArticleKind of(String title, List<String> keywords) {
    String words = String.join(" ", keywords);
    if (COMMENTARY_WORDS.matcher(title).find()) {
      return COMMENTARY;
    }
    if (MARKET_WORDS.matcher(title).find() || MARKET_WORDS.matcher(words).find()) {
      return MARKET;
    }
    if (LAUNCH_WORDS.matcher(title).find()) {
      return LAUNCH;
    }
    return REPORT_WORDS.matcher(title).find() ? REPORT : UNKNOWN;
  }
}
