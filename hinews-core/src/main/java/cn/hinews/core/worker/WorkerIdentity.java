package cn.hinews.core.worker;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * A worker process as its leases, heartbeats and held jobs name it: {@code host:pid}.
 *
 * @param host the machine's name ({@code HOSTNAME}, else what the network stack says)
 */
public record WorkerIdentity(String host, long pid) {
  /** This process. */
  public static WorkerIdentity current() {
    return new WorkerIdentity(hostName(), ProcessHandle.current().pid());
  }

  private static String hostName() {
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isBlank()) {
      return env.strip();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost"; // a machine without a resolvable name: one worker per name still
    }
  }

  /** The identity a worker's name ({@code host:pid}) gives; empty when it is not one. */
  public static Optional<WorkerIdentity> of(String name) {
    int colon = name.lastIndexOf(':');
    return colon < 0
        ? Optional.empty()
        : parse(name.substring(colon + 1))
            .map(pid -> new WorkerIdentity(name.substring(0, colon), pid));
  }

  public String name() {
    return host + ":" + pid;
  }

  /**
   * True when {@code holder} names a process of this machine that no longer runs (killed
   * mid-batch): what it held need not wait for its leases to run out. Another machine's worker is
   * never judged here, nor this process.
   */
  public boolean goneHere(String holder) {
    int colon = holder.lastIndexOf(':');
    if (colon < 0 || !holder.substring(0, colon).equals(host) || holder.equals(name())) {
      return false;
    }
    Optional<Long> pid = parse(holder.substring(colon + 1));
    return pid.isPresent()
        && !ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false);
  }

  private static Optional<Long> parse(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException notAPid) {
      return Optional.empty();
    }
  }
}
