package cn.hinews.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.domain.Issue;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.store.Delivery;
import cn.hinews.core.store.DeliveryRepository;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing an issue sends it to its series' subscribers: two subscribers, two mails through a
 * real SMTP server (GreenMail), each with the lead and catalogue and the Word and PDF attached; the
 * delivery log shows both, and a resend sends one again.
 */
class IssueMailIT {
  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

  @TempDir Path dir;

  @Test
  void aPublishedIssueReachesEachSubscriberWithWordAndPdf() throws Exception {
    try (HinewsHome home = home("")) {
      Issue draft = draftOfTwo(home, List.of("chief@example.cn", "office@example.cn"));
      Issue published = home.bulletins().publish("weekly", draft.number(), "editor");

      AlertService.Round round = home.alerts().deliverDue();
      assertThat(round.sent()).isEqualTo(2);
      MimeMessage[] mails = MAIL.getReceivedMessages();
      assertThat(mails).hasSize(2);
      List<String> to = new ArrayList<>();
      for (MimeMessage m : mails) {
        to.add(m.getAllRecipients()[0].toString());
        assertThat(m.getSubject()).contains("全国卫生信息化舆情监测周报");
        Multipart parts = (Multipart) m.getContent();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat((String) parts.getBodyPart(0).getContent())
            .contains("本期周报共收集2篇")
            .contains("医院上线人工智能辅助诊断（人民网）");
        assertThat(parts.getBodyPart(1).getFileName()).endsWith(".docx");
        assertThat(parts.getBodyPart(2).getFileName()).endsWith(".pdf");
        byte[] pdf = parts.getBodyPart(2).getInputStream().readAllBytes();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] docx = parts.getBodyPart(1).getInputStream().readAllBytes();
        assertThat(new String(docx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
      }
      assertThat(to).containsExactlyInAnyOrder("chief@example.cn", "office@example.cn");

      List<Delivery> log =
          home.store().read(s -> s.deliveries().issueDeliveries(published.id().orElseThrow()));
      assertThat(log).hasSize(2).allMatch(d -> d.status() == Delivery.Status.SENT);

      assertThat(home.alerts().resend(log.get(0).id(), "editor")).isTrue();
      assertThat(home.alerts().deliverDue().sent()).isEqualTo(1);
      assertThat(MAIL.getReceivedMessages()).hasSize(3);
    }
  }

  @Test
  void withAnIssueLinkTheMailCarriesLinksInsteadOfFiles() throws Exception {
    try (HinewsHome home = home("  issue-link: https://hinews.example.cn/\n")) {
      Issue draft = draftOfTwo(home, List.of("chief@example.cn"));
      home.bulletins().publish("weekly", draft.number(), "editor");
      assertThat(home.alerts().deliverDue().sent()).isEqualTo(1);
      MimeMessage mail = MAIL.getReceivedMessages()[0];
      StringBuilder text = new StringBuilder();
      List<String> files = new ArrayList<>();
      Object content = mail.getContent();
      if (content instanceof Multipart parts) {
        for (int i = 0; i < parts.getCount(); i++) {
          if (parts.getBodyPart(i).getFileName() != null) {
            files.add(parts.getBodyPart(i).getFileName());
          } else if (parts.getBodyPart(i).getContent() instanceof String t) {
            text.append(t);
          } else if (parts.getBodyPart(i).getContent() instanceof Multipart inner) {
            for (int k = 0; k < inner.getCount(); k++) {
              text.append(inner.getBodyPart(k).getContent());
            }
          }
        }
      } else {
        text.append(content);
      }
      assertThat(files).isEmpty();
      String page = "https://hinews.example.cn/issues/weekly/" + draft.number();
      assertThat(text.toString()).contains("全文：" + page, page + ".docx", page + ".pdf");
    }
  }

  /** A home whose mail goes to GreenMail on loopback; {@code mailExtra}: more keys under mail:. */
  private HinewsHome home(String mailExtra) throws java.io.IOException {
    Files.writeString(
        dir.resolve(HinewsHome.CONFIG_FILE),
        "crawl:\n  allow-private-addresses: true\nmail:\n  host: 127.0.0.1\n  port: "
            + ServerSetupTest.SMTP.getPort()
            + "\n  from: hinews@example.cn\n  tls: none\n"
            + mailExtra,
        StandardCharsets.UTF_8);
    return HinewsHome.open(dir, new MutableClock(Instant.parse("2026-03-06T02:00:00Z")));
  }

  /**
   * The weekly draft of 2026-03-06 with two stored articles, the readers subscribed to the series.
   */
  private static Issue draftOfTwo(HinewsHome home, List<String> readers) {
    home.store()
        .inTransaction(
            s -> {
              s.articles()
                  .insert(
                      AlertFixtures.article(
                          "https://a.example.cn/1.html",
                          "医院上线人工智能辅助诊断",
                          "人民网",
                          LocalDateTime.of(2026, 3, 4, 9, 0),
                          AlertFixtures.STORY_BODY));
              s.articles()
                  .insert(
                      AlertFixtures.article(
                          "https://b.example.cn/2.html",
                          "电子病历系统完成升级",
                          "新华网",
                          LocalDateTime.of(2026, 3, 5, 9, 0),
                          "电子病历系统完成升级，互联网医院服务同步上线，患者可在线复诊。"));
              for (String reader : readers) {
                s.deliveries().subscribe(new DeliveryRepository.Subscriber("weekly", reader, "领导"));
              }
              return null;
            });
    Issue draft =
        home.bulletins()
            .newDraft(
                "weekly",
                LocalDate.of(2026, 3, 6),
                Optional.empty(),
                Optional.empty(),
                OptionalInt.empty());
    home.bulletins().addItem("weekly", draft.number(), "https://a.example.cn/1.html");
    home.bulletins().addItem("weekly", draft.number(), "https://b.example.cn/2.html");
    return draft;
  }
}
