package cn.hinews.core.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard's decisions; nothing here connects anywhere. */
class AddressGuardTest {
  /** Every name resolves to a public documentation-free address, except the ones it names. */
  static InetAddress[] resolve(String host) throws UnknownHostException {
    return switch (host) {
      case "news.example.cn" ->
          new InetAddress[] {InetAddress.getByAddress(new byte[] {1, 2, 3, 4})};
      case "mixed.example.cn" ->
          new InetAddress[] {
            InetAddress.getByAddress(new byte[] {1, 2, 3, 4}),
            InetAddress.getByAddress(new byte[] {10, 0, 0, 1})
          };
      default -> throw new UnknownHostException(host);
    };
  }

  final AddressGuard guard = new AddressGuard(false, AddressGuardTest::resolve);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://0177.0.0.1/",
        "http://0x7f000001/",
        "http://2130706433/",
        "http://127.1/",
        "http://127.0.0.1/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::127.0.0.1]/",
        "http://[::1]/",
        "http://[64:ff9b::a00:1]/",
        "http://[64:ff9b::7f00:1]/",
        "http://[2002:7f00:1::]/",
        "http://[2002:a9fe:a9fe::1]/",
        "http://[fd00::1]/",
        "http://[fe80::1]/",
        "http://100.100.100.200/latest/meta-data/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://0.0.0.0/",
        "http://x.localhost:8080/",
        "http://localhost./",
        "http://localhost/",
        "http://intranet/",
        "http://does-not-resolve.example.cn/",
        "http://mixed.example.cn/",
        "file:///etc/passwd",
        "ftp://news.example.cn/",
        "javascript:alert(1)",
        "http://0x7f.1/",
        "http://017700000001/",
      })
  void refusesEveryFormOfAnInternalAddress(String url) {
    assertThat(guard.vet(url)).as(url).isInstanceOf(AddressGuard.Refused.class);
    assertThat(guard.refusal(url)).as(url).isPresent();
  }

  @Test
  void allowsAPublicNameAndPinsItsAddress() throws Exception {
    AddressGuard.Vetting v = guard.vet("https://news.example.cn/a/b.html?x=1#top");
    assertThat(v).isInstanceOf(AddressGuard.Allowed.class);
    AddressGuard.Allowed a = (AddressGuard.Allowed) v;
    assertThat(a.address()).isEqualTo(InetAddress.getByAddress(new byte[] {1, 2, 3, 4}));
    assertThat(a.pinned().toString()).isEqualTo("https://1.2.3.4/a/b.html?x=1");
    assertThat(a.hostHeader()).isEqualTo("news.example.cn");
    assertThat(a.port()).isEqualTo(443);
  }

  @Test
  void aRebindingNameIsLookedUpOnceAndPinned() throws Exception {
    AtomicInteger lookups = new AtomicInteger();
    AddressGuard rebinding =
        new AddressGuard(
            false,
            host ->
                new InetAddress[] {
                  lookups.getAndIncrement() == 0
                      ? InetAddress.getByAddress(new byte[] {1, 2, 3, 4})
                      : InetAddress.getByAddress(new byte[] {127, 0, 0, 1})
                });
    AddressGuard.Allowed a =
        (AddressGuard.Allowed) rebinding.vet("http://rebind.example.cn:8080/x");
    assertThat(lookups).hasValue(1);
    assertThat(a.pinned().toString()).isEqualTo("http://1.2.3.4:8080/x");
    assertThat(a.hostHeader()).isEqualTo("rebind.example.cn:8080");
    // the second answer would have been refused: the guard vets every lookup it makes
    assertThat(rebinding.vet("http://rebind.example.cn/")).isInstanceOf(AddressGuard.Refused.class);
  }

  @Test
  void octalAndHexAreReadTheBrowsersWay() {
    assertThat(InternalAddresses.parseIpv4("0177.0.0.1").orElseThrow().getHostAddress())
        .isEqualTo("127.0.0.1");
    assertThat(InternalAddresses.parseIpv4("0x7f000001").orElseThrow().getHostAddress())
        .isEqualTo("127.0.0.1");
    assertThat(InternalAddresses.parseIpv4("127.1").orElseThrow().getHostAddress())
        .isEqualTo("127.0.0.1");
    assertThat(InternalAddresses.parseIpv4("2130706433").orElseThrow().getHostAddress())
        .isEqualTo("127.0.0.1");
    assertThat(InternalAddresses.parseIpv4("256.0.0.1")).isEmpty();
  }

  @Test
  void withPrivateAddressesAllowedOnlyTheSchemeIsChecked() {
    AddressGuard open = new AddressGuard(true, AddressGuardTest::resolve);
    assertThat(open.vet("http://127.0.0.1:8080/")).isInstanceOf(AddressGuard.Allowed.class);
    assertThat(open.vet("file:///etc/passwd")).isInstanceOf(AddressGuard.Refused.class);
  }
}
