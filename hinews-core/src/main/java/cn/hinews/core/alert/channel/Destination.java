package cn.hinews.core.alert.channel;

import java.util.Objects;

/**
 * Where a message goes.
 *
 * @param address an e-mail address or a webhook URL
 * @param secret the robot's signing secret (DingTalk, Feishu), or empty
 */
public record Destination(String address, String secret) {
  public Destination {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(secret, "secret");
  }
}
