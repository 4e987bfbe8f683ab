package cn.hinews.core.search;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenSearch for the tests: the integ-test distribution Maven unpacked into {@code
 * target/opensearch} (system property {@code opensearch.home}), copied into a temporary directory
 * and started on a free loopback port, single node, 512 MB of heap. OpenSearch refuses to run as
 * root: as root, the copy is given to a system user created for it ({@code hinews-os}) and the
 * server runs as that user ({@code runuser}). One server per test JVM, stopped when the JVM ends.
 */
public final class OpenSearchServer {
  private static final String USER = "hinews-os";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  /**
   * The outcome of the one start of this JVM, kept so that every test names the reason when it
   * failed (a failed static initialiser would leave the later ones a bare NoClassDefFoundError).
   */
  private record Started(OpenSearchServer server, String failure) {}

  /** Started on first use; the holder idiom keeps it free of mutable static state. */
  private static final class Holder {
    static final Started STARTED = startOrExplain();
  }

  private final String url;
  private final Path dir;
  private final Process process;

  private OpenSearchServer(String url, Path dir, Process process) {
    this.url = url;
    this.dir = dir;
    this.process = process;
  }

  /** The shared server, started on the first call. */
  public static OpenSearchServer shared() {
    Started started = Holder.STARTED;
    if (started.server() == null) {
      throw new IllegalStateException("OpenSearch did not start: " + started.failure());
    }
    return started.server();
  }

  /**
   * As root, the server first runs as a system user of its own; where this machine cannot switch
   * users (a sandbox that maps no other uid, or forbids setgroups), it runs as root with JNA turned
   * off, so that OpenSearch cannot read its effective uid (it then only warns that it cannot
   * check). Each attempt's reason is kept and printed when none works.
   */
  private static Started startOrExplain() {
    List<String> reasons = new ArrayList<>();
    boolean root;
    try {
      root = isRoot();
    } catch (IOException e) {
      return new Started(null, "cannot tell whether this is root: " + e.getMessage());
    }
    List<Mode> modes = root ? List.of(Mode.SYSTEM_USER, Mode.ROOT_WITHOUT_JNA) : List.of(Mode.SELF);
    for (Mode mode : modes) {
      try {
        return new Started(start(mode), null);
      } catch (IOException | RuntimeException e) {
        String reason = mode + ": " + e.getMessage();
        System.err.println("OpenSearch for the tests, " + reason);
        reasons.add(reason);
      }
    }
    return new Started(null, String.join(" | ", reasons));
  }

  /** How the server process is started. */
  private enum Mode {
    SELF,
    SYSTEM_USER,
    ROOT_WITHOUT_JNA
  }

  /** {@code http://127.0.0.1:<port>} */
  public String url() {
    return url;
  }

  private static OpenSearchServer start(Mode mode) throws IOException {
    Path home = distribution();
    Path dir = Files.createTempDirectory("hinews-opensearch");
    Path copy = dir.resolve("opensearch");
    run(List.of("cp", "-a", home.toString(), copy.toString()));
    Files.createDirectories(dir.resolve("data"));
    Files.createDirectories(dir.resolve("logs"));
    if (mode == Mode.SYSTEM_USER) {
      try {
        createUser();
        run(List.of("chown", "-R", USER + ":" + USER, dir.toString()));
      } catch (IOException e) {
        run(List.of("rm", "-rf", dir.toString()));
        throw e;
      }
    }
    int http = freePort();
    int transport = freePort();
    List<String> command = new ArrayList<>();
    if (mode == Mode.SYSTEM_USER) {
      command.addAll(List.of("runuser", "-u", USER, "--"));
    }
    String javaOpts =
        mode == Mode.ROOT_WITHOUT_JNA
            ? "-Xms512m -Xmx512m -Djna.nosys=true -Djna.nounpack=true"
            : "-Xms512m -Xmx512m";
    command.addAll(
        List.of(
            "env",
            "OPENSEARCH_JAVA_HOME=" + System.getProperty("java.home"),
            "OPENSEARCH_JAVA_OPTS=" + javaOpts,
            "bash",
            copy.resolve("bin/opensearch").toString(),
            "-p",
            dir.resolve("pid").toString(),
            "-Ecluster.name=hinews-it",
            "-Enode.name=hinews-it",
            "-Ediscovery.type=single-node",
            "-Enetwork.host=127.0.0.1",
            "-Ehttp.port=" + http,
            "-Etransport.port=" + transport,
            "-Epath.data=" + dir.resolve("data"),
            "-Epath.logs=" + dir.resolve("logs"),
            "-Ecluster.routing.allocation.disk.threshold_enabled=false",
            "-Eaction.destructive_requires_name=false"));
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("console.log").toFile())
            .start();
    OpenSearchServer server = new OpenSearchServer("http://127.0.0.1:" + http, dir, p);
    try {
      server.awaitHealth();
    } catch (RuntimeException e) {
      server.stop();
      throw e;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "opensearch-stop"));
    return server;
  }

  private static Path distribution() {
    String home = System.getProperty("opensearch.home");
    if (home == null) {
      try (Stream<Path> s = Files.list(Paths.get("target", "opensearch"))) {
        home = s.findFirst().map(Path::toString).orElse(null);
      } catch (IOException e) {
        throw new IllegalStateException(
            "no OpenSearch distribution: run the build through `verify` (it unpacks it into"
                + " target/opensearch) or set -Dopensearch.home",
            e);
      }
    }
    Path dir = Paths.get(home);
    if (!Files.isRegularFile(dir.resolve("bin/opensearch"))) {
      throw new IllegalStateException("no OpenSearch distribution in " + dir);
    }
    return dir;
  }

  private void awaitHealth() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "OpenSearch exited with " + process.exitValue() + " while starting:\n" + logTail());
      }
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(
                        URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() == 200
            && (r.body().contains("\"green\"") || r.body().contains("\"yellow\""))) {
          return;
        }
      } catch (IOException e) {
        pause(); // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while OpenSearch was starting", e);
      }
    }
    throw new IllegalStateException(
        "OpenSearch was not healthy (green or yellow) at "
            + url
            + " within "
            + START_TIMEOUT.toSeconds()
            + " s:\n"
            + logTail());
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while OpenSearch was starting", e);
    }
  }

  /** The last 40 lines of the server's console. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(dir.resolve("console.log"), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Stops the server (its own pid, from its pid file: runuser may not pass the signal on). */
  void stop() {
    Optional<ProcessHandle> server = pid().flatMap(ProcessHandle::of);
    server.ifPresent(ProcessHandle::destroy);
    process.destroy();
    try {
      if (server.isPresent()) {
        server.get().onExit().get(30, TimeUnit.SECONDS);
      }
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      server.ifPresent(ProcessHandle::destroyForcibly);
    }
    process.destroyForcibly();
    try {
      run(List.of("rm", "-rf", dir.toString()));
    } catch (IOException e) {
      System.err.println("cannot remove " + dir + ": " + e.getMessage());
    }
  }

  private Optional<Long> pid() {
    try {
      Path file = dir.resolve("pid");
      return Files.isRegularFile(file)
          ? Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip()))
          : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isRoot() throws IOException {
    return output(List.of("id", "-u")).strip().equals("0");
  }

  private static void createUser() throws IOException {
    if (new ProcessBuilder("id", "-u", USER).start().onExit().join().exitValue() != 0) {
      run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void run(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.onExit().join().exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + out);
    }
  }

  private static String output(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.onExit().join();
    return out;
  }
}
