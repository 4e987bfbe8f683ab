package cn.hinews.app.web.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The key a client address is throttled by: an IPv4 address itself, an IPv6 address by its /64 (one
 * subscriber's network; rotating addresses inside it buys nothing). The address is the servlet's
 * remote address, which comes from the reverse proxy's {@code X-Forwarded-For} only when the app is
 * configured to run behind one ({@code HINEWS_BEHIND_PROXY=1}).
 */
final class ClientAddresses {
  private ClientAddresses() {}

  static String key(String remoteAddress) {
    if (remoteAddress == null || remoteAddress.isEmpty()) {
      return "?";
    }
    if (remoteAddress.indexOf(':') < 0) {
      return remoteAddress;
    }
    try {
      // a literal (the servlet container's remote address): no name lookup happens
      InetAddress a = InetAddress.getByName(remoteAddress);
      if (a instanceof Inet6Address) {
        byte[] prefix = Arrays.copyOf(a.getAddress(), 16);
        Arrays.fill(prefix, 8, 16, (byte) 0);
        return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
      }
      return a.getHostAddress();
    } catch (UnknownHostException e) {
      return remoteAddress;
    }
  }
}
