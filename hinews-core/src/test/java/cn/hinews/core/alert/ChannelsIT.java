package cn.hinews.core.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hinews.core.alert.channel.Channels;
import cn.hinews.core.alert.channel.DeliveryException;
import cn.hinews.core.alert.channel.Destination;
import cn.hinews.core.alert.channel.Outgoing;
import cn.hinews.core.config.MailConfig;
import cn.hinews.core.crawl.AddressGuard;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each channel against a real server on loopback: the robots' formats and signatures as the
 * receiver reads them, an error body counted as a failure, the address guard in front, and mail
 * through GreenMail.
 */
class ChannelsIT {
  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-06T02:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Outgoing MESSAGE =
      new Outgoing(
          "【预警】某医院信息系统宕机",
          "### 【预警】负面事件\n\n**[某医院信息系统宕机](https://news.example.cn/1.html)**",
          "【预警】负面事件\n标题：某医院信息系统宕机",
          Optional.of("https://news.example.cn/1.html"),
          List.of());

  private WebhookReceiver receiver;
  private Channels channels;

  @BeforeEach
  void start() throws Exception {
    receiver = new WebhookReceiver();
    MailConfig mail =
        new MailConfig(
            "127.0.0.1",
            ServerSetupTest.SMTP.getPort(),
            "",
            "",
            "hinews@example.cn",
            MailConfig.Tls.NONE);
    channels = Channels.standard(mail, AddressGuard.standard(true), CLOCK);
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  private JsonNode sent(String kind, String path, String secret) throws Exception {
    channels.forName(kind).orElseThrow().send(MESSAGE, new Destination(receiver.url(path), secret));
    List<WebhookReceiver.Received> got = receiver.received(path);
    assertThat(got).hasSize(1);
    return JSON.readTree(got.get(0).body());
  }

  @Test
  void weComGetsMarkdownWithTitleAndLink() throws Exception {
    JsonNode body = sent(Channels.WECOM, "/cgi-bin/webhook/send", "");
    assertThat(body.get("msgtype").asText()).isEqualTo("markdown");
    assertThat(body.at("/markdown/content").asText())
        .contains("某医院信息系统宕机")
        .contains("https://news.example.cn/1.html");
  }

  @Test
  void dingTalkIsSignedWithItsSecret() throws Exception {
    JsonNode body = sent(Channels.DINGTALK, "/robot/send", "SECabc123");
    assertThat(body.at("/markdown/title").asText()).isEqualTo(MESSAGE.subject());
    String query = receiver.received("/robot/send").get(0).query();
    String ts = param(query, "timestamp");
    assertThat(ts).isEqualTo(String.valueOf(CLOCK.millis()));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("SECabc123".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        Base64.getEncoder()
            .encodeToString(mac.doFinal((ts + "\nSECabc123").getBytes(StandardCharsets.UTF_8)));
    assertThat(param(query, "sign")).isEqualTo(expected);
  }

  @Test
  void feishuCarriesTimestampAndSignature() throws Exception {
    receiver.answer("/open-apis/bot/v2/hook/x", 200, "{\"code\":0,\"msg\":\"success\"}");
    JsonNode body = sent(Channels.FEISHU, "/open-apis/bot/v2/hook/x", "feishuSecret");
    long ts = CLOCK.millis() / 1000;
    assertThat(body.get("timestamp").asText()).isEqualTo(String.valueOf(ts));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec((ts + "\nfeishuSecret").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    assertThat(body.get("sign").asText())
        .isEqualTo(Base64.getEncoder().encodeToString(mac.doFinal(new byte[0])));
    assertThat(body.at("/card/elements/0/content").asText()).contains("某医院信息系统宕机");
    assertThat(body.at("/card/header/title/content").asText()).isEqualTo(MESSAGE.subject());
  }

  @Test
  void plainJsonWebhookGetsTheFields() throws Exception {
    receiver.answer("/hook", 204, "");
    JsonNode body = sent(Channels.WEBHOOK, "/hook", "");
    assertThat(body.get("title").asText()).isEqualTo(MESSAGE.subject());
    assertThat(body.get("link").asText()).isEqualTo("https://news.example.cn/1.html");
  }

  @Test
  void anErrorCodeInA200AnswerIsAFailure() {
    receiver.answer("/bad", 200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}");
    assertThatThrownBy(
            () ->
                channels
                    .forName(Channels.WECOM)
                    .orElseThrow()
                    .send(MESSAGE, new Destination(receiver.url("/bad"), "")))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("93000");
    receiver.answer("/feishu-bad", 200, "{\"code\":19021,\"msg\":\"sign match fail\"}");
    assertThatThrownBy(
            () ->
                channels
                    .forName(Channels.FEISHU)
                    .orElseThrow()
                    .send(MESSAGE, new Destination(receiver.url("/feishu-bad"), "s")))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("19021");
  }

  @Test
  void theAddressGuardStandsInFrontOfWebhooksAndSmtp() {
    Channels guarded =
        Channels.standard(
            new MailConfig("127.0.0.1", 25, "", "", "a@example.cn", MailConfig.Tls.NONE),
            AddressGuard.standard(false),
            CLOCK);
    assertThatThrownBy(
            () ->
                guarded
                    .forName(Channels.WEBHOOK)
                    .orElseThrow()
                    .send(MESSAGE, new Destination(receiver.url("/hook"), "")))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("address guard");
    assertThatThrownBy(
            () ->
                guarded
                    .forName(Channels.EMAIL)
                    .orElseThrow()
                    .send(MESSAGE, new Destination("editor@example.cn", "")))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("address guard");
    assertThat(receiver.received()).isEmpty();
  }

  @Test
  void mailArrivesWithItsAttachments() throws Exception {
    Outgoing withFile =
        new Outgoing(
            "全国卫生信息化舆情监测周报（第一期）",
            "",
            "本期周报共收集2篇…",
            Optional.empty(),
            List.of(
                new Outgoing.Attachment("weekly-1.pdf", "application/pdf", new byte[] {37, 80})));
    channels
        .forName(Channels.EMAIL)
        .orElseThrow()
        .send(withFile, new Destination("reader@example.cn", ""));
    MimeMessage[] got = MAIL.getReceivedMessages();
    assertThat(got).hasSize(1);
    assertThat(got[0].getSubject()).isEqualTo(withFile.subject());
    Multipart parts = (Multipart) got[0].getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat((String) parts.getBodyPart(0).getContent()).contains("本期周报");
    assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("weekly-1.pdf");
  }

  @Test
  void anUnreachableSmtpServerIsAFailureNotACrash() {
    Channels nowhere =
        Channels.standard(
            new MailConfig("127.0.0.1", 1, "", "", "a@example.cn", MailConfig.Tls.NONE),
            AddressGuard.standard(true),
            CLOCK);
    assertThatThrownBy(
            () ->
                nowhere
                    .forName(Channels.EMAIL)
                    .orElseThrow()
                    .send(MESSAGE, new Destination("editor@example.cn", "")))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("SMTP");
  }

  private static String param(String query, String name) {
    for (String p : query.split("&")) {
      if (p.startsWith(name + "=")) {
        return URLDecoder.decode(p.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + name + " in " + query);
  }

  @Test
  void logsAndScreensShowAWebhookWithoutItsKey() {
    assertThat(Channels.masked("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRET"))
        .isEqualTo("https://qyapi.weixin.qq.com/…");
    assertThat(Channels.masked("https://open.feishu.cn/open-apis/bot/v2/hook/TOKEN"))
        .doesNotContain("TOKEN");
    assertThat(Channels.masked("editor@example.cn")).isEqualTo("editor@example.cn");
    assertThat(Channels.webhook("https://oapi.dingtalk.com/robot/send?access_token=x").getKey())
        .isEqualTo(Channels.DINGTALK);
    assertThat(Channels.webhook("feishu:http://127.0.0.1:9/h").getValue())
        .isEqualTo("http://127.0.0.1:9/h");
  }
}
