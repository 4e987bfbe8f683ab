package cn.hinews.core.alert.channel;

import cn.hinews.core.crawl.GuardedPost;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook channels: a plain JSON POST and the group robots of 企业微信, 钉钉 and 飞书, each as a
 * Markdown message. A robot answers 200 with an error code in its body when it refuses a message (a
 * bad key, a wrong signature, too many messages): that counts as a failure.
 */
final class Webhooks {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Webhooks() {}

  /** Posts the JSON and returns the answer's body when the status is 2xx. */
  static JsonNode post(GuardedPost post, String url, ObjectNode body) throws DeliveryException {
    GuardedPost.Answer answer;
    try {
      answer = post.post(url, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new DeliveryException("cannot write the message as JSON: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new DeliveryException("webhook unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("interrupted while posting to the webhook", e);
    }
    if (answer.status() / 100 != 2) {
      throw new DeliveryException(
          "webhook answered HTTP " + answer.status() + ": " + head(answer.body()));
    }
    try {
      return answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
    } catch (JsonProcessingException notJson) {
      return JSON.createObjectNode().put("text", answer.body());
    }
  }

  /** Fails when the robot's answer carries a non-zero code in {@code field}. */
  static void requireZero(JsonNode answer, String field) throws DeliveryException {
    JsonNode code = answer.get(field);
    if (code == null || !code.canConvertToLong()) {
      throw new DeliveryException(
          "the robot's answer has no " + field + ": " + head(answer.toString()));
    }
    if (code.asLong() != 0) {
      JsonNode msg = answer.has("errmsg") ? answer.get("errmsg") : answer.get("msg");
      throw new DeliveryException(
          "the robot refused the message: "
              + field
              + " "
              + code.asLong()
              + (msg == null ? "" : " " + msg.asText()));
    }
  }

  private static String head(String body) {
    return body.length() <= 300 ? body : body.substring(0, 300) + "…";
  }

  /** HMAC-SHA256 of {@code data} under {@code key}, in Base64. */
  static String hmac(byte[] key, byte[] data) throws DeliveryException {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(data));
    } catch (GeneralSecurityException e) {
      throw new DeliveryException("cannot sign the message: " + e.getMessage(), e);
    }
  }

  /** A plain JSON POST: subject, Markdown, text, link; any 2xx answer is success. */
  static final class Json implements AlertChannel {
    private final GuardedPost post;

    Json(GuardedPost post) {
      this.post = post;
    }

    @Override
    public void send(Outgoing m, Destination to) throws DeliveryException {
      ObjectNode body = JSON.createObjectNode();
      body.put("title", m.subject());
      body.put("markdown", m.markdown());
      body.put("text", m.text());
      m.link().ifPresent(l -> body.put("link", l));
      post(post, to.address(), body);
    }
  }

  /** 企业微信 group robot: {@code msgtype markdown}; errcode 0 is success. */
  static final class WeCom implements AlertChannel {
    private final GuardedPost post;

    WeCom(GuardedPost post) {
      this.post = post;
    }

    @Override
    public void send(Outgoing m, Destination to) throws DeliveryException {
      ObjectNode body = JSON.createObjectNode().put("msgtype", "markdown");
      body.putObject("markdown").put("content", m.markdown());
      requireZero(post(post, to.address(), body), "errcode");
    }
  }

  /**
   * 钉钉 group robot: {@code msgtype markdown}; with a secret, the URL carries {@code timestamp} (ms)
   * and {@code sign} = Base64(HMAC-SHA256(secret, timestamp + "\n" + secret)), URL-encoded; errcode
   * 0 is success.
   */
  static final class DingTalk implements AlertChannel {
    private final GuardedPost post;
    private final Clock clock;

    DingTalk(GuardedPost post, Clock clock) {
      this.post = post;
      this.clock = clock;
    }

    @Override
    public void send(Outgoing m, Destination to) throws DeliveryException {
      ObjectNode body = JSON.createObjectNode().put("msgtype", "markdown");
      body.putObject("markdown").put("title", m.subject()).put("text", m.markdown());
      String url = to.address();
      if (!to.secret().isEmpty()) {
        long ts = clock.millis();
        String sign =
            hmac(
                to.secret().getBytes(StandardCharsets.UTF_8),
                (ts + "\n" + to.secret()).getBytes(StandardCharsets.UTF_8));
        url +=
            (url.contains("?") ? "&" : "?")
                + "timestamp="
                + ts
                + "&sign="
                + URLEncoder.encode(sign, StandardCharsets.UTF_8);
      }
      requireZero(post(post, url, body), "errcode");
    }
  }

  /**
   * 飞书 group robot: an interactive card with a Markdown element; with a secret, the body carries
   * {@code timestamp} (s) and {@code sign} = Base64(HMAC-SHA256 keyed by timestamp + "\n" + secret,
   * of nothing); code 0 is success.
   */
  static final class Feishu implements AlertChannel {
    private final GuardedPost post;
    private final Clock clock;

    Feishu(GuardedPost post, Clock clock) {
      this.post = post;
      this.clock = clock;
    }

    @Override
    public void send(Outgoing m, Destination to) throws DeliveryException {
      ObjectNode body = JSON.createObjectNode();
      if (!to.secret().isEmpty()) {
        long ts = clock.millis() / 1000;
        body.put("timestamp", String.valueOf(ts));
        body.put(
            "sign", hmac((ts + "\n" + to.secret()).getBytes(StandardCharsets.UTF_8), new byte[0]));
      }
      body.put("msg_type", "interactive");
      ObjectNode card = body.putObject("card");
      card.putObject("header")
          .putObject("title")
          .put("tag", "plain_text")
          .put("content", m.subject());
      card.putArray("elements").addObject().put("tag", "markdown").put("content", m.markdown());
      JsonNode answer = post(post, to.address(), body);
      requireZero(answer, answer.has("code") ? "code" : "StatusCode");
    }
  }
}
