package cn.hinews.app.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Slows password guessing down without letting anyone lock a user out: failed logins are counted
 * per client address (an IPv6 client by its /64), and after {@link Policy#freeFailures()} each
 * further attempt from that address waits twice as long as the last (capped). An attempt that
 * arrives while its address must wait is refused before any password is checked and is not counted.
 * Attempts in flight count as failures until they end, so parallel guesses cannot outrun the count.
 * Any success forgets the address's failures; failures are forgotten by themselves after {@link
 * Policy#forgetAfter()} without one. A user is locked only by a distributed attack: failures for
 * one user from many addresses; the lock ends by itself (see {@link LockOut}).
 *
 * <p>In memory, one per web app; thread-safe.
 */
public final class LoginThrottle {
  /** The figures of the throttle. */
  public record Policy(
      int freeFailures,
      Duration baseDelay,
      Duration maxDelay,
      Duration forgetAfter,
      int distributedAddresses,
      int distributedFailures,
      Duration distributedLock,
      int maxTracked) {

    /** Five free failures, then 1 s, 2 s, 4 s … up to 5 minutes; forgotten after an hour. */
    public static Policy standard() {
      return new Policy(
          5,
          Duration.ofSeconds(1),
          Duration.ofMinutes(5),
          Duration.ofHours(1),
          10,
          50,
          Duration.ofMinutes(15),
          100_000);
    }
  }

  /** Locks a user against a distributed attack (the web app writes it into the database). */
  @FunctionalInterface
  public interface LockOut {
    void lock(String username, Instant until);
  }

  /** Whether an attempt may check its password now. */
  public enum Outcome {
    ALLOWED,
    THROTTLED
  }

  /** The answer to {@link #begin}: allowed, or throttled with how long to wait. */
  public record Verdict(Outcome outcome, Duration retryAfter) {
    static final Verdict ALLOWED = new Verdict(Outcome.ALLOWED, Duration.ZERO);

    public boolean allowed() {
      return outcome == Outcome.ALLOWED;
    }

    /** Whole seconds to wait, at least one (for Retry-After and the message). */
    public long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }

  private static final class AddressState {
    int failures;
    int inFlight;
    Instant lastFailure = Instant.EPOCH;
  }

  private static final class UserState {
    int failures;
    final Set<String> addresses = new HashSet<>();
    Instant lastFailure = Instant.EPOCH;
  }

  private final Policy policy;
  private final Clock clock;
  private final LockOut lockOut;
  private final Map<String, AddressState> byAddress = new HashMap<>();
  private final Map<String, UserState> byUser = new HashMap<>();

  public LoginThrottle(Policy policy, Clock clock, LockOut lockOut) {
    this.policy = policy;
    this.clock = clock;
    this.lockOut = lockOut;
  }

  /**
   * Before checking a password: refused while the address must wait; otherwise the attempt counts
   * as in flight until {@link #end}.
   */
  public synchronized Verdict begin(String address) {
    Instant now = clock.instant();
    String key = ClientAddresses.key(address);
    AddressState s = byAddress.get(key);
    if (s != null && forgotten(s.lastFailure, now)) {
      s.failures = 0;
    }
    if (s != null) {
      int counted = s.failures + s.inFlight;
      if (counted >= policy.freeFailures()) {
        Instant next = s.lastFailure.plus(delay(Math.max(s.failures, policy.freeFailures())));
        if (s.inFlight > 0 || now.isBefore(next)) {
          Duration wait = Duration.between(now, next);
          return new Verdict(Outcome.THROTTLED, wait.isNegative() ? policy.baseDelay() : wait);
        }
      }
    } else {
      prune(now);
      s = new AddressState();
      byAddress.put(key, s);
    }
    s.inFlight++;
    return Verdict.ALLOWED;
  }

  /** After the password was checked: a success forgets the failures, a failure counts. */
  public synchronized void end(String address, String username, boolean success) {
    Instant now = clock.instant();
    String key = ClientAddresses.key(address);
    AddressState s = byAddress.get(key);
    if (s != null && s.inFlight > 0) {
      s.inFlight--;
    }
    String user = username.toLowerCase(Locale.ROOT);
    if (success) {
      if (s != null) {
        s.failures = 0;
      }
      byUser.remove(user);
      return;
    }
    if (s != null) {
      s.failures++;
      s.lastFailure = now;
    }
    countForUser(user, key, now);
  }

  /** Forgets the failures of a user (an admin unlocked it). */
  public synchronized void forgetUser(String username) {
    byUser.remove(username.toLowerCase(Locale.ROOT));
  }

  /** The delay after {@code failures} failures (at least the free ones). */
  Duration delay(int failures) {
    int doublings = Math.min(30, failures - policy.freeFailures());
    Duration d = policy.baseDelay().multipliedBy(1L << doublings);
    return d.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : d;
  }

  private void countForUser(String user, String addressKey, Instant now) {
    UserState u = byUser.computeIfAbsent(user, k -> new UserState());
    if (forgotten(u.lastFailure, now)) {
      u.failures = 0;
      u.addresses.clear();
    }
    u.failures++;
    u.lastFailure = now;
    if (u.addresses.size() < policy.distributedAddresses()) {
      u.addresses.add(addressKey);
    }
    if (u.addresses.size() >= policy.distributedAddresses()
        && u.failures >= policy.distributedFailures()) {
      byUser.remove(user);
      lockOut.lock(user, now.plus(policy.distributedLock()));
    }
  }

  private boolean forgotten(Instant last, Instant now) {
    return last.plus(policy.forgetAfter()).isBefore(now);
  }

  /** Keeps the memory bounded: idle entries go once the maps are full. */
  private void prune(Instant now) {
    if (byAddress.size() >= policy.maxTracked()) {
      byAddress.values().removeIf(s -> s.inFlight == 0 && forgotten(s.lastFailure, now));
    }
    if (byAddress.size() >= policy.maxTracked()) {
      byAddress.values().removeIf(s -> s.inFlight == 0 && s.failures < policy.freeFailures());
    }
    if (byUser.size() >= policy.maxTracked()) {
      byUser.values().removeIf(u -> forgotten(u.lastFailure, now));
    }
  }
}
