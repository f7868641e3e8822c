package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.Delinquency;
import cn.csp.portal.kernel.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The delinquency check's orchestration. Deliberately not transactional: each partner is decided in
 * its own transaction ({@link PartnerDelinquency}), so one failure does not undo the others.
 */
@Service
class DelinquencyService implements Delinquency {

  private static final Logger log = LoggerFactory.getLogger(DelinquencyService.class);

  private final OpenInvoices openInvoices;
  private final PartnerDelinquency partners;
  private final int thresholdDays;

  DelinquencyService(
      OpenInvoices openInvoices,
      PartnerDelinquency partners,
      @Value("${portal.billing.delinquency-threshold-days:60}") int thresholdDays) {
    if (thresholdDays < 0) {
      throw new IllegalArgumentException(
          "portal.billing.delinquency-threshold-days must not be negative: " + thresholdDays);
    }
    this.openInvoices = openInvoices;
    this.partners = partners;
    this.thresholdDays = thresholdDays;
  }

  @Override
  public int thresholdDays() {
    return thresholdDays;
  }

  @Override
  public List<UUID> suspendDelinquent(LocalDate today, Actor operator) {
    OperatorsOnly.require(operator, true, "billing.delinquency.operatorsOnly");
    // "more than the threshold past the due date": today - due date > threshold
    LocalDate dueBefore = today.minusDays(thresholdDays);
    List<UUID> suspended = new ArrayList<>();
    for (UUID partnerId : openInvoices.partnersDueBefore(dueBefore)) {
      try {
        if (partners.suspendIfDelinquent(partnerId, dueBefore)) {
          suspended.add(partnerId);
        }
      } catch (RuntimeException failure) {
        log.error("Delinquency check of partner {} failed", partnerId, failure);
      }
    }
    log.info(
        "Delinquency check on {} by {}: {} partner(s) suspended",
        today,
        operator.name(),
        suspended.size());
    return suspended;
  }
}
