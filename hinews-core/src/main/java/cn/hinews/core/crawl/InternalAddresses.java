package cn.hinews.core.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Host literals as a browser reads them, and which addresses are internal. A browser reads {@code
 * 0177.0.0.1}, {@code 0x7f000001}, {@code 2130706433} and {@code 127.1} all as 127.0.0.1 (the URL
 * standard's IPv4 parser: octal, hex, and fewer than four parts), where Java reads some as other
 * addresses and others as names; the guard reads them the browser's way. An IPv6 address that
 * carries an IPv4 one (IPv4-mapped, IPv4-compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::/96},
 * 6to4 {@code 2002::/16}) is as internal as the address it carries.
 */
final class InternalAddresses {
  private InternalAddresses() {}

  /** Whether the host is written as an IPv4 address in any form (its last label is a number). */
  static boolean looksNumeric(String host) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    String last = h.substring(h.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return !last.isEmpty()
        && (last.chars().allMatch(c -> c >= '0' && c <= '9')
            || (last.startsWith("0x")
                && last.substring(2).chars().allMatch(InternalAddresses::hex)));
  }

  /** The URL standard's IPv4 parser: empty when the text is no IPv4 address. */
  static Optional<InetAddress> parseIpv4(String host) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    String[] parts = h.split("\\.", -1);
    if (parts.length > 4) {
      return Optional.empty();
    }
    long[] numbers = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      Optional<Long> n = number(parts[i].toLowerCase(Locale.ROOT));
      if (n.isEmpty()) {
        return Optional.empty();
      }
      numbers[i] = n.get();
    }
    for (int i = 0; i < numbers.length - 1; i++) {
      if (numbers[i] > 255) {
        return Optional.empty();
      }
    }
    long last = numbers[numbers.length - 1];
    if (last >= 1L << (8 * (5 - numbers.length))) {
      return Optional.empty();
    }
    long value = last;
    for (int i = 0; i < numbers.length - 1; i++) {
      value += numbers[i] << (8 * (3 - i));
    }
    byte[] b = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    try {
      return Optional.of(InetAddress.getByAddress(b));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an address", e);
    }
  }

  private static Optional<Long> number(String part) {
    if (part.isEmpty()) {
      return Optional.empty();
    }
    int radix = 10;
    String digits = part;
    if (part.startsWith("0x")) {
      radix = 16;
      digits = part.substring(2);
    } else if (part.length() > 1 && part.startsWith("0")) {
      radix = 8;
      digits = part.substring(1);
    }
    if (digits.isEmpty()) {
      return Optional.of(0L);
    }
    if (digits.length() > 12) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(digits, radix));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean hex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }

  /** Private, loopback, link-local, shared, reserved, or an IPv6 form of one of those. */
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
      return internal6(b);
    }
    return internal4(b);
  }

  private static boolean internal6(byte[] b) {
    if ((b[0] & 0xfe) == 0xfc) {
      return true; // fc00::/7 unique local
    }
    if (zeros(b, 0, 12)) {
      return internal4(slice(b, 12)); // ::a.b.c.d (IPv4-compatible), ::, ::1
    }
    if (zeros(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return internal4(slice(b, 12)); // ::ffff:a.b.c.d (Java usually gives an Inet4Address)
    }
    int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
    int w1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    if (w0 == 0x64 && w1 == 0xff9b) {
      // NAT64: 64:ff9b::/96 carries an IPv4 address; 64:ff9b:1::/48 is for local use
      return !zeros(b, 4, 12) || internal4(slice(b, 12));
    }
    if (w0 == 0x2002) {
      return internal4(slice(b, 2)); // 6to4
    }
    if (w0 == 0x2001 && w1 == 0) {
      return true; // Teredo: the IPv4 address inside is obfuscated; no news site lives there
    }
    return w0 == 0x2001 && w1 == 0xdb8; // documentation
  }

  private static boolean internal4(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    int third = b[2] & 0xff;
    return first == 0
        || first == 10
        || first == 127
        || (first == 169 && second == 254)
        || (first == 172 && second >= 16 && second < 32)
        || (first == 192 && second == 168)
        || (first == 192 && second == 0 && (third == 0 || third == 2)) // IETF, TEST-NET-1
        || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT (and cloud metadata)
        || (first == 198 && (second == 18 || second == 19)) // benchmarking
        || (first == 198 && second == 51 && third == 100) // TEST-NET-2
        || (first == 203 && second == 0 && third == 113) // TEST-NET-3
        || first >= 224; // multicast, reserved, broadcast
  }

  private static boolean zeros(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static byte[] slice(byte[] b, int from) {
    return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
  }

  /** The address as a URL writes it: IPv6 in brackets. */
  static String literal(InetAddress a) {
    return a instanceof Inet4Address ? a.getHostAddress() : "[" + a.getHostAddress() + "]";
  }
}
