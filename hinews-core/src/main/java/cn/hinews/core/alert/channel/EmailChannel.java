package cn.hinews.core.alert.channel;

import cn.hinews.core.config.MailConfig;
import cn.hinews.core.crawl.AddressGuard;
import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * E-mail over SMTP (Angus Mail): plain text in UTF-8, the files attached. The server's host goes
 * through the address guard like a webhook; without TLS the connection goes to the vetted address,
 * with TLS to the name (the certificate names the host).
 */
final class EmailChannel implements AlertChannel {
  private static final String TIMEOUT_MS = "20000";

  private final MailConfig mail;
  private final AddressGuard guard;

  EmailChannel(MailConfig mail, AddressGuard guard) {
    this.mail = mail;
    this.guard = guard;
  }

  @Override
  public void send(Outgoing m, Destination to) throws DeliveryException {
    if (!mail.configured()) {
      throw new DeliveryException("no SMTP server is configured (mail.host in hinews.yml)");
    }
    AddressGuard.Vetting v =
        guard.vet("http://" + bracketed(mail.host()) + ":" + mail.port() + "/");
    if (v instanceof AddressGuard.Refused r) {
      throw new DeliveryException("SMTP server refused by the address guard: " + r.reason());
    }
    String host =
        mail.tls() == MailConfig.Tls.NONE
            ? ((AddressGuard.Allowed) v).address().getHostAddress()
            : mail.host();
    try {
      Transport.send(message(session(host), m, to.address()));
    } catch (MessagingException e) {
      throw new DeliveryException("SMTP: " + e.getMessage(), e);
    }
  }

  private static String bracketed(String host) {
    return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  private Session session(String host) {
    Properties p = new Properties();
    String proto = mail.tls() == MailConfig.Tls.SSL ? "smtps" : "smtp";
    p.put("mail.transport.protocol", proto);
    p.put("mail." + proto + ".host", host);
    p.put("mail." + proto + ".port", String.valueOf(mail.port()));
    p.put("mail." + proto + ".connectiontimeout", TIMEOUT_MS);
    p.put("mail." + proto + ".timeout", TIMEOUT_MS);
    p.put("mail." + proto + ".writetimeout", TIMEOUT_MS);
    if (mail.tls() == MailConfig.Tls.STARTTLS) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    if (mail.tls() != MailConfig.Tls.NONE) {
      p.put("mail." + proto + ".ssl.checkserveridentity", "true");
    }
    if (mail.user().isEmpty()) {
      return Session.getInstance(p);
    }
    p.put("mail." + proto + ".auth", "true");
    return Session.getInstance(
        p,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(mail.user(), mail.password());
          }
        });
  }

  private MimeMessage message(Session session, Outgoing m, String address)
      throws MessagingException, DeliveryException {
    MimeMessage msg = new MimeMessage(session);
    msg.setFrom(new InternetAddress(mail.from()));
    msg.setRecipients(Message.RecipientType.TO, InternetAddress.parse(address, true));
    msg.setSubject(m.subject(), StandardCharsets.UTF_8.name());
    if (m.attachments().isEmpty()) {
      msg.setText(m.text(), StandardCharsets.UTF_8.name());
      return msg;
    }
    MimeMultipart parts = new MimeMultipart();
    MimeBodyPart text = new MimeBodyPart();
    text.setText(m.text(), StandardCharsets.UTF_8.name());
    parts.addBodyPart(text);
    for (Outgoing.Attachment a : m.attachments()) {
      MimeBodyPart file = new MimeBodyPart();
      file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.bytes(), a.contentType())));
      try {
        file.setFileName(MimeUtility.encodeText(a.fileName(), "UTF-8", "B"));
      } catch (UnsupportedEncodingException e) {
        throw new DeliveryException("cannot name the attachment " + a.fileName(), e);
      }
      parts.addBodyPart(file);
    }
    msg.setContent(parts);
    return msg;
  }
}
