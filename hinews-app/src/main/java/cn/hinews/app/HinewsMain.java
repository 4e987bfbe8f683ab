package cn.hinews.app;

import cn.hinews.app.cli.Cli;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code hinews}: the CLI, and {@code hinews serve} for the web app. One executable jar. */
public final class HinewsMain {
  private HinewsMain() {}

  public static void main(String[] args) {
    // the crawler connects to the address it vetted and names the host in the Host header
    // (cn.hinews.core.crawl.AddressGuard); read once, before the first HTTP client exists
    System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    // H2's automatic server (the CLI beside serve) listens on loopback only; read at its first use
    System.setProperty("h2.bindAddress", "127.0.0.1");
    // the PDF library logs to its own console by default: route it to SLF4J (logback.xml decides)
    XRLog.setLoggerImpl(new Slf4jLogger());
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    int code =
        new Cli(System.getenv(), System.getProperty("user.home"), stdout, out, err).run(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
