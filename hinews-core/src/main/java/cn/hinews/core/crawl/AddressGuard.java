package cn.hinews.core.crawl;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Refuses URLs whose host resolves to a private, loopback, link-local or otherwise internal address
 * (a source, a redirect or a sitemap must not turn the crawler against the machine's own network),
 * unless private addresses are allowed (the tests, which serve fixture sites on loopback).
 */
public final class AddressGuard {
  /** Resolves a host name (the tests pass their own). */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final boolean allowPrivate;
  private final Resolver resolver;

  public AddressGuard(boolean allowPrivate, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  /** The guard of a crawler: DNS through the JVM. */
  public static AddressGuard standard(boolean allowPrivate) {
    return new AddressGuard(allowPrivate, InetAddress::getAllByName);
  }

  /** True when private addresses may be fetched. */
  public boolean allowsPrivate() {
    return allowPrivate;
  }

  /** Why {@code url} must not be fetched, or empty when it may. */
  public Optional<String> refusal(String url) {
    if (allowPrivate) {
      return Optional.empty();
    }
    String host;
    try {
      host = URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return Optional.of("not a URL: " + url);
    }
    if (host == null) {
      return Optional.of("no host in " + url);
    }
    InetAddress[] addresses;
    try {
      addresses =
          resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      return Optional.empty(); // the fetch will fail and say so
    }
    for (InetAddress a : addresses) {
      if (isInternal(a)) {
        return Optional.of(
            host
                + " resolves to the internal address "
                + a.getHostAddress()
                + " (allow with --allow-private-addresses or crawl.allow-private-addresses)");
      }
    }
    return Optional.empty();
  }

  static boolean isInternal(InetAddress a) {
    if (a.isAnyLocalAddress()
        || a.isLoopbackAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0
        || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
        || (first == 198 && (second == 18 || second == 19)) // benchmarking
        || first >= 240;
  }
}
