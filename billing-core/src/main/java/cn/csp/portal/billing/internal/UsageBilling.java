package cn.csp.portal.billing.internal;

import cn.csp.portal.partner.PartnerOverview;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The usage side of a run: the partner's usage records not billed yet, and marking them billed by
 * the invoice that carries them. The usage records arrive with the usage import (table {@code
 * usage_record}); until that is on this branch there is no usage to bill.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class UsageBilling {

  /** The partner's unbilled usage up to {@code lastDay}, as lines of the usage file. */
  List<UsageLineRow> unbilledLines(
      PartnerOverview partner,
      LocalDate invoiceDate,
      LocalDate lastDay,
      Map<UUID, InvoiceRating.SubscriptionContext> subscriptions) {
    return List.of();
  }

  void markBilled(List<UsageLineRow> lines, String invoiceId) {
    // nothing to mark until the usage records exist
  }
}
