package cn.hinews.core.store;

/**
 * What became of one URL in a crawl, as the fetch log records it: the fetch's own outcomes (the
 * names of {@code FetchResult.Outcome}) and what can go wrong around or after the fetch.
 */
public enum CrawlOutcome {
  OK,
  NOT_MODIFIED,
  CLIENT_ERROR,
  SERVER_ERROR,
  TOO_LARGE,
  TOO_MANY_REDIRECTS,
  REDIRECT_LOOP,
  TIMEOUT,
  NETWORK_ERROR,
  /** not fetched: the address is internal */
  REFUSED,
  /** robots.txt could not be read, so nothing of the host is fetched for now */
  ROBOTS_UNREACHABLE,
  /** robots.txt does not allow it */
  ROBOTS_DISALLOWED,
  /** the source needs a browser and there is none */
  NO_BROWSER,
  /** the URL belongs to no configured source */
  NOT_CONFIGURED,
  /** a redirect led to a host of no source */
  REDIRECTED_AWAY,
  /** fetched, but no article could be read from it */
  EXTRACTION_FAILED,
  /** a fault of ours, logged with its stack trace */
  INTERNAL_ERROR;

  /** A fetch that brought the page (or found it unchanged). */
  public boolean success() {
    return this == OK || this == NOT_MODIFIED;
  }
}
