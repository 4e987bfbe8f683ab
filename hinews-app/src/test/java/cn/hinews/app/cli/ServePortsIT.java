package cn.hinews.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.app.HinewsMain;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hinews serve} in a process of its own (issue 18): once it answers, every socket it listens
 * on is on loopback — the web app and H2's automatic server — and the home is its owner's.
 */
class ServePortsIT {
  @TempDir Path dir;

  @Test
  void afterServeStartsNothingListensBeyondLoopback() throws Exception {
    Path home = dir.resolve("home");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                HinewsMain.class.getName(),
                "serve",
                "--port",
                String.valueOf(port),
                "--no-crawl")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("serve.log").toFile());
    pb.environment().put("HINEWS_HOME", home.toString());
    pb.environment().put("HINEWS_DEMO", "0");
    pb.environment().put("HINEWS_ADMIN_PASSWORD", "geheim-2026-port");
    Process serve = pb.start();
    try {
      waitUntilItAnswers(port, serve);
      List<String> listening = listeningAddresses(serve.pid());
      assertThat(listening).as("sockets serve listens on").hasSizeGreaterThanOrEqualTo(2);
      assertThat(listening)
          .as("listening sockets")
          .allSatisfy(a -> assertThat(a).matches("(127\\.\\d+\\.\\d+\\.\\d+|::1):\\d+"));
      assertThat(Files.getPosixFilePermissions(home))
          .isEqualTo(PosixFilePermissions.fromString("rwx------"));
      Path password = home.resolve("db").resolve("password");
      assertThat(Files.getPosixFilePermissions(password))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      assertThat(Files.readString(password, StandardCharsets.UTF_8).strip()).hasSizeGreaterThan(20);
    } finally {
      serve.destroy();
      if (!serve.waitFor(30, TimeUnit.SECONDS)) {
        serve.destroyForcibly();
      }
    }
  }

  private static void waitUntilItAnswers(int port, Process serve) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline && serve.isAlive()) {
      try {
        int status =
            http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status == 200) {
          return;
        }
      } catch (IOException e) {
        Thread.sleep(250); // not up yet
      }
    }
    throw new AssertionError("serve did not answer on port " + port);
  }

  /** The local addresses of the process's listening TCP sockets, from /proc. */
  private static List<String> listeningAddresses(long pid) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException e) {
          // a descriptor closed meanwhile
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (String table : List.of("tcp", "tcp6")) {
      List<String> lines = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "net", table));
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.strip().split("\\s+");
        if (f[3].equals("0A") && inodes.contains(f[9])) {
          out.add(address(f[1]));
        }
      }
    }
    return out;
  }

  /** /proc/net's hex address:port, little-endian words, as text. */
  private static String address(String hex) {
    String[] parts = hex.split(":");
    int port = Integer.parseInt(parts[1], 16);
    String a = parts[0];
    byte[] bytes = new byte[a.length() / 2];
    for (int word = 0; word < bytes.length / 4; word++) {
      for (int i = 0; i < 4; i++) {
        bytes[word * 4 + i] =
            (byte)
                Integer.parseInt(
                    a.substring(word * 8 + (3 - i) * 2, word * 8 + (3 - i) * 2 + 2), 16);
      }
    }
    try {
      String text = java.net.InetAddress.getByAddress(bytes).getHostAddress();
      return (text.startsWith("0:0:0:0:0:0:0:1") ? "::1" : text.toLowerCase(Locale.ROOT))
          + ":"
          + port;
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
