package cn.hinews.core.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A worker process as it last said it was alive.
 *
 * @param name {@code host:pid}, the name its leases carry
 * @param roles what it runs: {@code crawl}, {@code analyse}, {@code web}, comma-separated
 * @param fetches requests made since it started
 * @param analysed articles judged since it started
 */
public record WorkerBeat(
    String name,
    String host,
    long pid,
    String roles,
    Instant startedAt,
    Instant beatAt,
    Optional<Instant> stoppedAt,
    long fetches,
    long analysed) {}
