package cn.csp.portal.billing;

import cn.csp.portal.billing.internal.BillingRunHook;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Simulates a crash in the middle of a partner's run: after its invoice and lines were written,
 * before the run is completed, for the partners a test names.
 */
@Component
class FailingRunHook implements BillingRunHook {

  private final Set<UUID> failFor = ConcurrentHashMap.newKeySet();

  void failFor(UUID partnerId) {
    failFor.add(partnerId);
  }

  void reset() {
    failFor.clear();
  }

  @Override
  public void afterLinesWritten(UUID partnerId, LocalDate invoiceDate, String invoiceId) {
    if (failFor.contains(partnerId)) {
      throw new IllegalStateException("Simulated crash after writing " + invoiceId);
    }
  }
}
