package cn.hinews.core.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.crawl.FetchResult.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How Chromium is started (issue 18): a stand-in "browser" that prints its environment and its
 * arguments as the page, so nothing is fetched.
 */
class BrowserProcessTest {
  @TempDir Path dir;

  Path fakeBrowser() throws IOException {
    Path script = dir.resolve("chromium");
    Files.writeString(
        script,
        "#!/bin/sh\n"
            + "echo '<html><body><pre>'\n"
            + "env | sed 's/^/ENV /'\n"
            + "for a in \"$@\"; do echo \"ARG $a\"; done\n"
            + "echo '</pre></body></html>'\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  List<String> run(boolean sandbox) throws IOException {
    BrowserFetcher f =
        new BrowserFetcher(
            fakeBrowser(),
            FetchSettings.defaults(),
            AddressGuard.standard(true),
            Duration.ofSeconds(1),
            sandbox);
    FetchResult r = f.fetch("http://127.0.0.1:9/page", Optional.empty(), Optional.empty());
    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.OK);
    return Arrays.asList(new String(r.body(), StandardCharsets.UTF_8).split("\n"));
  }

  @Test
  void chromiumGetsAnEmptiedEnvironment() throws IOException {
    List<String> lines = run(true);
    List<String> names =
        lines.stream()
            .filter(l -> l.startsWith("ENV "))
            .map(l -> l.substring(4, l.indexOf('=') < 0 ? l.length() : l.indexOf('=')))
            .collect(Collectors.toList());
    // the shell adds PWD (and dash nothing else); HINEWS_* and the rest of ours never arrive
    assertThat(names).isSubsetOf("PATH", "HOME", "PWD", "SHLVL", "_", "OLDPWD");
    assertThat(names).contains("PATH", "HOME");
  }

  @Test
  void theUrlComesAfterDoubleDashAndTheSandboxStaysUnlessRoot() throws IOException {
    List<String> args =
        run(true).stream().filter(l -> l.startsWith("ARG ")).map(l -> l.substring(4)).toList();
    assertThat(args).doesNotContain("--no-sandbox");
    assertThat(args.subList(args.size() - 2, args.size()))
        .containsExactly("--", "http://127.0.0.1:9/page");
    List<String> asRoot =
        run(false).stream().filter(l -> l.startsWith("ARG ")).map(l -> l.substring(4)).toList();
    assertThat(asRoot).contains("--no-sandbox");
  }
}
