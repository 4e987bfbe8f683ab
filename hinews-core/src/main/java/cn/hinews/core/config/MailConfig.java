package cn.hinews.core.config;

import java.util.Objects;

/**
 * The SMTP server alerts and issues are mailed through (the {@code mail:} section).
 *
 * @param host empty: no mail is sent (deliveries to e-mail fail with a reason saying so)
 * @param port 25, 587 (STARTTLS) or 465 (SSL)
 * @param user empty: no authentication
 * @param password the user's password
 * @param from the sender's address
 * @param tls none, starttls or ssl
 */
public record MailConfig(
    String host, int port, String user, String password, String from, Tls tls, String issueLink) {
  /** Without an issue link: a published issue goes out with its Word and PDF files attached. */
  public MailConfig(String host, int port, String user, String password, String from, Tls tls) {
    this(host, port, user, password, from, tls, "");
  }

  public MailConfig {
    Objects.requireNonNull(issueLink, "issueLink");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(tls, "tls");
  }

  /** How the connection is protected. */
  public enum Tls {
    NONE,
    STARTTLS,
    SSL
  }

  /** No server configured. */
  public static MailConfig none() {
    return new MailConfig("", 25, "", "", "", Tls.STARTTLS);
  }

  /**
   * Whether an issue mail carries links to the issue on this installation ({@code issue-link}: its
   * address as readers reach it) rather than the files attached.
   */
  public boolean linksIssues() {
    return !issueLink.isBlank();
  }

  public boolean configured() {
    return !host.isBlank();
  }

  /** Without the password, for logs and screens. */
  @Override
  public String toString() {
    return "MailConfig[" + user + "@" + host + ":" + port + ", from " + from + ", " + tls + "]";
  }
}
