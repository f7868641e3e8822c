package cn.csp.portal.billing.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A test seam: called inside a partner-run's transaction after the invoice and its lines were
 * written and before the run is marked completed. A test bean that throws here simulates a crash
 * mid-run (every such bean is called); production has none.
 */
public interface BillingRunHook {

  void afterLinesWritten(UUID partnerId, LocalDate invoiceDate, String invoiceId);
}
