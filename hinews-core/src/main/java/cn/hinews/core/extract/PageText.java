package cn.hinews.core.extract;

import java.util.Optional;

/**
 * Page bytes to text as the extractor reads them (BOM, header, meta, each checked against the
 * bytes, then detection; GBK as GB18030), for the other stages that read pages: list pages, feeds.
 */
public final class PageText {
  private PageText() {}

  public static String decode(byte[] body, Optional<String> contentType) {
    return PageDecoder.decode(body, contentType).text();
  }
}
