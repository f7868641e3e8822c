package cn.csp.portal.billing.internal;

import cn.csp.portal.kernel.Money;
import cn.csp.portal.subscription.BillableSubscription;
import cn.csp.portal.subscription.SubscriptionEvent;
import cn.csp.portal.subscription.SubscriptionEventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Interim stand-in for the rating engine (branch {@code rating}): only the advance of subscriptions
 * active on the invoice date. Replaced by the engine at the merge.
 */
@Component
class InterimLicenseCharges implements LicenseCharges {

  @Override
  public List<Charge> chargesOf(
      BillableSubscription subscription, LocalDate invoiceDate, int billingDay) {
    SubscriptionEvent last = null;
    for (SubscriptionEvent e : subscription.events()) {
      if (!e.effectiveDate().isAfter(invoiceDate)) {
        last = e;
      }
    }
    if (last == null || last.quantityAfter() == 0 || last.type() == SubscriptionEventType.SUSPEND) {
      return List.of();
    }
    LocalDate next =
        cn.csp.portal.kernel.BillingCalendar.billingDateIn(
            YearMonth.from(invoiceDate).plusMonths(1), billingDay);
    boolean first =
        InvoiceRating.startDate(subscription)
            .isAfter(BillingDates.previous(invoiceDate, billingDay));
    boolean renewed = last.type() == SubscriptionEventType.RENEW;
    return List.of(
        new Charge(
            first ? "Purchase fee" : renewed ? "Renew fee" : "Cycle fee",
            SectionTotals.RECURRING,
            invoiceDate,
            next.minusDays(1),
            last.unitPrice(),
            last.quantityAfter(),
            Money.round(last.unitPrice().multiply(BigDecimal.valueOf(last.quantityAfter())))));
  }
}
