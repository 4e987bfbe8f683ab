package cn.hinews.core.crawl;

/**
 * Why a page could not be read, in the words of an editor, not of HTTP or Java: what the web pages
 * show (the technical message stays in the fetch log).
 */
public final class FetchProblems {
  private FetchProblems() {}

  public static String say(FetchResult r) {
    return switch (r.outcome()) {
      case CLIENT_ERROR ->
          r.status() == 404 || r.status() == 410
              ? "页面不存在（网站返回 " + r.status() + "）"
              : r.status() == 403 || r.status() == 401
                  ? "网站拒绝访问（" + r.status() + "），可能需要登录或限制了抓取"
                  : "网站拒绝了请求（" + r.status() + "）";
      case SERVER_ERROR -> "网站出错（" + r.status() + "），请稍后再试";
      case TOO_LARGE -> "页面太大，超过抓取上限";
      case TOO_MANY_REDIRECTS, REDIRECT_LOOP -> "网址跳转次数太多或循环跳转";
      case TIMEOUT -> "网站响应超时";
      case NETWORK_ERROR -> "无法连接到网站（网络不通或域名无法解析）";
      case REFUSED -> "不允许访问这个地址：它指向内网或保留地址";
      case OK, NOT_MODIFIED -> "页面取到了";
    };
  }

  /** An extractor's reason (English words of the log) for the editor. */
  public static String say(String why) {
    return switch (why) {
      case "no title found" -> "没有找到标题";
      case "no body found" -> "没有找到正文";
      case "no article link found" -> "入口页面上没有找到文章链接";
      default -> "无法解析页面";
    };
  }
}
