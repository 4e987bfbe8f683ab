package cn.hinews.core.crawl;

import cn.hinews.core.crawl.FetchResult.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A real headless Chromium for sites behind a JavaScript challenge (国家卫生健康委 answers plain HTTP with
 * 412 and a cookie script): the browser runs the script, follows the reload, and hands back the DOM
 * as it stands after a budget of virtual time. Each fetch runs in a fresh profile, so no cookie
 * outlives it; the process is killed at the total timeout. Chromium starts with an emptied
 * environment (PATH, and HOME in the profile) and with its sandbox, except as root, where it
 * refuses the sandbox; the URL comes after {@code --}.
 */
public final class BrowserFetcher implements Fetcher {
  private final Path browser;
  private final FetchSettings settings;
  private final AddressGuard guard;
  private final java.time.Duration budget;
  private final boolean sandbox;

  /**
   * @param browser the Chromium executable
   * @param budget virtual time the page gets to run its scripts and reload
   */
  public BrowserFetcher(
      Path browser, FetchSettings settings, AddressGuard guard, java.time.Duration budget) {
    this(browser, settings, guard, budget, !runningAsRoot());
  }

  /**
   * @param sandbox whether Chromium keeps its sandbox (it refuses to start as root with it)
   */
  BrowserFetcher(
      Path browser,
      FetchSettings settings,
      AddressGuard guard,
      java.time.Duration budget,
      boolean sandbox) {
    this.browser = browser;
    this.settings = settings;
    this.guard = guard;
    this.budget = budget;
    this.sandbox = sandbox;
  }

  /** Whether this process runs as root (the owner of /proc/self; Linux). */
  static boolean runningAsRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  /** The first Chromium on the usual paths, if any. */
  public static Optional<Path> findChromium() {
    for (String p :
        List.of(
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome",
            "/usr/bin/google-chrome-stable")) {
      if (Files.isExecutable(Path.of(p))) {
        return Optional.of(Path.of(p));
      }
    }
    return Optional.empty();
  }

  @Override
  public FetchResult fetch(String url, Optional<String> etag, Optional<String> lastModified) {
    AddressGuard.Vetting vetting = guard.vet(url);
    if (vetting instanceof AddressGuard.Refused refused) {
      return failure(url, Outcome.REFUSED, refused.reason());
    }
    AddressGuard.Allowed vetted = (AddressGuard.Allowed) vetting;
    Path profile;
    try {
      profile = Files.createTempDirectory("hinews-chromium-");
    } catch (IOException e) {
      return failure(url, Outcome.NETWORK_ERROR, "cannot make a browser profile: " + e);
    }
    List<String> command = command(profile, vetted, url);
    Process process = null;
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
      // nothing of ours (HINEWS_ADMIN_PASSWORD, database passwords) reaches the browser
      builder.environment().clear();
      builder.environment().put("PATH", "/usr/bin:/bin");
      builder.environment().put("HOME", profile.toString());
      process = builder.start();
      Process p = process;
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
      if (!process.waitFor(settings.totalTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
        return failure(
            url, Outcome.TIMEOUT, "the browser took longer than " + settings.totalTimeout());
      }
      byte[] dom = out.get(5, TimeUnit.SECONDS);
      String errors = new String(err.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8);
      if (dom.length > settings.maxBytes()) {
        return failure(url, Outcome.TOO_LARGE, "DOM over " + settings.maxBytes() + " bytes");
      }
      int net = errors.indexOf("net::ERR_");
      if (process.exitValue() != 0 || dom.length == 0 || net >= 0) {
        String why =
            net >= 0
                ? errors.substring(
                    net,
                    Math.min(
                        errors.length(),
                        errors.indexOf('\n', net) < 0
                            ? errors.length()
                            : errors.indexOf('\n', net)))
                : "the browser exited with " + process.exitValue() + tail(errors);
        return failure(url, Outcome.NETWORK_ERROR, why);
      }
      return new FetchResult(
          url,
          url,
          Outcome.OK,
          200,
          Optional.of("text/html; charset=utf-8"),
          dom,
          Optional.empty(),
          Optional.empty(),
          1,
          "");
    } catch (IOException e) {
      return failure(url, Outcome.NETWORK_ERROR, "cannot run " + browser + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failure(url, Outcome.NETWORK_ERROR, "interrupted");
    } catch (ExecutionException | TimeoutException e) {
      return failure(url, Outcome.NETWORK_ERROR, "the browser's output could not be read: " + e);
    } finally {
      if (process != null) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
      delete(profile);
    }
  }

  /**
   * Chromium's arguments: ours, then {@code --} so that the URL can never be read as a switch, then
   * the URL the guard vetted.
   */
  List<String> command(Path profile, AddressGuard.Allowed vetted, String url) {
    List<String> command = new ArrayList<>();
    command.add(browser.toString());
    command.add("--headless");
    if (!sandbox) {
      command.add("--no-sandbox"); // only as root, where Chromium will not start sandboxed
    }
    command.addAll(
        List.of(
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--user-data-dir=" + profile,
            "--user-agent=" + settings.userAgent(),
            "--virtual-time-budget=" + budget.toMillis(),
            "--dump-dom"));
    // Chromium does not look the name up again: it gets the address the guard vetted
    String pin = "MAP " + vetted.host() + " " + InternalAddresses.literal(vetted.address());
    if (!guard.allowsPrivate()) {
      // every other name fails to resolve, and everything else the page asks for (a redirect,
      // a script's location change, an IP literal, loopback) goes to a proxy that is not there
      command.add("--host-resolver-rules=" + pin + ", MAP * ~NOTFOUND");
      command.add("--proxy-server=http://127.0.0.1:9");
      command.add("--proxy-bypass-list=" + vetted.host() + ";<-loopback>");
    } else {
      command.add("--host-resolver-rules=" + pin);
    }
    command.add("--");
    command.add(url);
    return command;
  }

  private byte[] read(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16_384];
    try (in) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (out.size() <= settings.maxBytes()) {
          out.write(buffer, 0, n);
        }
      }
    } catch (IOException e) {
      // the process was killed: what came is what there is
    }
    return out.toByteArray();
  }

  private static String tail(String errors) {
    String e = errors.strip();
    return e.isEmpty() ? "" : ": " + (e.length() > 300 ? e.substring(e.length() - 300) : e);
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a profile left in the temp folder is harmless
    }
  }

  private static FetchResult failure(String url, Outcome outcome, String why) {
    return new FetchResult(
        url,
        url,
        outcome,
        0,
        Optional.empty(),
        new byte[0],
        Optional.empty(),
        Optional.empty(),
        1,
        url + ": " + why);
  }
}
