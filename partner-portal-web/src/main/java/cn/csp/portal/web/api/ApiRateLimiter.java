package cn.csp.portal.web.api;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per partner: {@code burst} calls at once, refilled at {@code perSecond}. Kept in
 * this node's memory, so with several nodes each allows the rate (a shared store would be needed
 * for an exact global limit; the purpose here is to stop one runaway client, which this does).
 */
final class ApiRateLimiter {

  private final double perSecond;
  private final double burst;
  private final LongSupplier nanoTime;
  private final ConcurrentMap<UUID, Bucket> buckets = new ConcurrentHashMap<>();

  ApiRateLimiter(double perSecond, double burst, LongSupplier nanoTime) {
    if (perSecond <= 0 || burst < 1) {
      throw new IllegalArgumentException("The API rate limit needs a positive rate and burst");
    }
    this.perSecond = perSecond;
    this.burst = burst;
    this.nanoTime = nanoTime;
  }

  /**
   * Takes one call from the partner's bucket.
   *
   * @return zero when the call may go ahead, else how long until it could
   */
  Duration acquire(UUID partnerId) {
    return buckets.computeIfAbsent(partnerId, id -> new Bucket(nanoTime.getAsLong())).take();
  }

  private final class Bucket {
    private double tokens = burst;
    private long refilledAt;

    Bucket(long now) {
      this.refilledAt = now;
    }

    synchronized Duration take() {
      long now = nanoTime.getAsLong();
      tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
      refilledAt = now;
      if (tokens >= 1) {
        tokens -= 1;
        return Duration.ZERO;
      }
      return Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * 1e9));
    }
  }
}
