package cn.hinews.core.crawl;

import java.util.Optional;

/** Fetches one URL. Implementations never throw for what a server or the network does. */
public interface Fetcher {
  /**
   * Fetches {@code url}, conditionally when a validator from an earlier fetch is given.
   *
   * @param etag the ETag of the copy we have
   * @param lastModified the Last-Modified of the copy we have
   */
  FetchResult fetch(String url, Optional<String> etag, Optional<String> lastModified);
}
