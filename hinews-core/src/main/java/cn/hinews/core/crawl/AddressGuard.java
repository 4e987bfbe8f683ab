package cn.hinews.core.crawl;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides where the crawler may connect, and pins the address it decided on. Only http and https;
 * unless private addresses are allowed (the tests, which serve fixture sites on loopback): no
 * private, loopback, link-local, shared or reserved address in any of the forms a browser reads
 * (see {@link InternalAddresses}), no {@code localhost}, {@code *.localhost} or single-label name,
 * and no name that does not resolve (fail closed). The host is resolved once, here: the fetchers
 * connect to the {@link Allowed#address()} they are handed (HTTP: to the address with the Host
 * header; Chromium: {@code --host-resolver-rules}), so a name that answers differently the second
 * time (DNS rebinding) gains nothing.
 */
public final class AddressGuard {
  /** Resolves a host name (the tests pass their own). */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** The guard's decision about one URL. */
  public sealed interface Vetting permits Allowed, Refused {}

  /**
   * May be fetched, connecting to {@code address}.
   *
   * @param uri the URL as given
   * @param host its host, lower case, without brackets or a trailing dot
   * @param port its port, or the scheme's
   * @param address the vetted address to connect to
   */
  public record Allowed(URI uri, String host, int port, InetAddress address) implements Vetting {
    /** The URL with the vetted address in place of the host (no fragment). */
    public URI pinned() {
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return URI.create(
          uri.getScheme()
              + "://"
              + InternalAddresses.literal(address)
              + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
              + path
              + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    /** The Host header: the host as the URL names it, with a port other than the scheme's. */
    public String hostHeader() {
      String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
      return uri.getPort() < 0 ? h : h + ":" + uri.getPort();
    }
  }

  /** Must not be fetched, and why. */
  public record Refused(String reason) implements Vetting {}

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
    return vet(url) instanceof Refused r ? Optional.of(r.reason()) : Optional.empty();
  }

  /** Whether {@code url} may be fetched, and at which address. */
  public Vetting vet(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return new Refused("not a URL: " + url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return new Refused("only http and https are fetched, not " + url);
    }
    if (uri.getHost() == null) {
      return new Refused("no host (or one no browser reads the same way) in " + url);
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      host = host.substring(1, host.length() - 1);
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    Optional<String> named = allowPrivate ? Optional.empty() : nameRefusal(host);
    if (named.isPresent()) {
      return new Refused(named.get());
    }
    Optional<InetAddress> address;
    try {
      address = address(host);
    } catch (UnknownHostException e) {
      return new Refused(host + " does not resolve (" + e.getMessage() + ")");
    }
    if (address.isEmpty()) {
      return new Refused(host + " does not resolve");
    }
    if (!allowPrivate && InternalAddresses.isInternal(address.get())) {
      return new Refused(
          host
              + " is the internal address "
              + address.get().getHostAddress()
              + " (allow with --allow-private-addresses or crawl.allow-private-addresses)");
    }
    return new Allowed(uri, host, port, address.get());
  }

  private static Optional<String> nameRefusal(String host) {
    if (host.indexOf(':') >= 0 || InternalAddresses.looksNumeric(host)) {
      return Optional.empty();
    }
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      return Optional.of(host + " is this machine");
    }
    if (host.indexOf('.') < 0) {
      return Optional.of(host + " is a single-label name (a local network's)");
    }
    return Optional.empty();
  }

  /**
   * The one address to connect to: a literal read the browser's way, else the first of the names'
   * addresses; every address of a name must be public, so that no order of answers sneaks an
   * internal one in.
   */
  private Optional<InetAddress> address(String host) throws UnknownHostException {
    if (host.indexOf(':') >= 0) {
      return Optional.of(InetAddress.getByName(host)); // an IPv6 literal: parsed, not looked up
    }
    if (InternalAddresses.looksNumeric(host)) {
      Optional<InetAddress> v4 = InternalAddresses.parseIpv4(host);
      if (v4.isEmpty()) {
        throw new UnknownHostException("not an IPv4 address: " + host);
      }
      return v4;
    }
    InetAddress[] all = resolver.resolve(host);
    if (all == null || all.length == 0) {
      return Optional.empty();
    }
    if (!allowPrivate) {
      for (InetAddress a : all) {
        if (InternalAddresses.isInternal(a)) {
          return Optional.of(a);
        }
      }
    }
    return Optional.of(all[0]);
  }
}
