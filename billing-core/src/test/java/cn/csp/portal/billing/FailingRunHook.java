package cn.csp.portal.billing;

import cn.csp.portal.billing.internal.BillingRunHook;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Simulates a crash in the middle of a partner's run (after its invoice and lines were written,
 * before the run is completed) for the partners a test names, or holds a run there, as a long run
 * would be, until the test lets it go.
 */
@Component
class FailingRunHook implements BillingRunHook {

  private final Set<UUID> failFor = ConcurrentHashMap.newKeySet();
  private final Map<UUID, Hold> holdFor = new ConcurrentHashMap<>();

  private record Hold(CountDownLatch held, CountDownLatch release) {}

  void failFor(UUID partnerId) {
    failFor.add(partnerId);
  }

  /** Holds the partner's run: counts {@code held} down, then waits for {@code release}. */
  void holdFor(UUID partnerId, CountDownLatch held, CountDownLatch release) {
    holdFor.put(partnerId, new Hold(held, release));
  }

  void reset() {
    failFor.clear();
    holdFor.values().forEach(hold -> hold.release().countDown());
    holdFor.clear();
  }

  @Override
  public void afterLinesWritten(UUID partnerId, LocalDate invoiceDate, String invoiceId) {
    Hold hold = holdFor.get(partnerId);
    if (hold != null) {
      hold.held().countDown();
      try {
        hold.release().await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (failFor.contains(partnerId)) {
      throw new IllegalStateException("Simulated crash after writing " + invoiceId);
    }
  }
}
