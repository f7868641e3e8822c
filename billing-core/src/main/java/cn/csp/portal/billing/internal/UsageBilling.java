package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.internal.usage.UnbilledUsage;
import cn.csp.portal.billing.internal.usage.UsageRecordsToBill;
import cn.csp.portal.kernel.Money;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.subscription.BillableSubscription;
import cn.csp.portal.subscription.SubscriptionEvent;
import cn.csp.portal.subscription.SubscriptionEventType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The usage side of a run (spec 2.13 usage file, 6.6): every unbilled usage record of the partner
 * dated up to the day before the invoice date, latent usage of earlier periods included, rated at
 * the subscription's price at its start; and marking them billed by the invoice in the run's
 * transaction, so a record is billed once.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class UsageBilling {

  static final String CURRENT_CYCLE = "Assess usage fee for current cycle";
  static final String WHEN_CANCEL = "Assess usage fee when cancel";

  private final UsageRecordsToBill records;
  private final InvoiceRating.Taxes taxes;

  UsageBilling(UsageRecordsToBill records, InvoiceRating.Taxes taxes) {
    this.records = records;
    this.taxes = taxes;
  }

  /** The partner's unbilled usage up to {@code lastDay}, as lines of the usage file. */
  List<UsageLineRow> unbilledLines(
      PartnerOverview partner,
      LocalDate invoiceDate,
      LocalDate lastDay,
      Map<UUID, InvoiceRating.SubscriptionContext> subscriptions) {
    int billingDay = partner.billingDay();
    LocalDate periodStart = BillingDates.previous(invoiceDate, billingDay);
    Map<UUID, Integer> position = new HashMap<>();
    for (UUID id : subscriptions.keySet()) {
      position.put(id, position.size());
    }
    List<UnbilledUsage> unbilled = new ArrayList<>(records.unbilled(partner.id(), lastDay));
    // in the order of the license file's customers and subscriptions, then as read
    unbilled.sort(
        Comparator.comparing(
            (UnbilledUsage u) -> position.getOrDefault(u.subscriptionId(), Integer.MAX_VALUE)));
    List<UsageLineRow> lines = new ArrayList<>();
    for (UnbilledUsage usage : unbilled) {
      InvoiceRating.SubscriptionContext context = subscriptions.get(usage.subscriptionId());
      if (context == null) {
        throw new IllegalStateException(
            "Usage record " + usage.id() + " names a subscription without history");
      }
      lines.add(line(partner, context, usage, periodStart, lastDay, billingDay));
    }
    return lines;
  }

  void markBilled(UUID partnerId, List<UsageLineRow> lines) {
    records.markBilled(partnerId, lines.stream().map(UsageLineRow::usageRecordId).toList());
  }

  private UsageLineRow line(
      PartnerOverview partner,
      InvoiceRating.SubscriptionContext context,
      UnbilledUsage usage,
      LocalDate periodStart,
      LocalDate periodEnd,
      int billingDay) {
    BillableSubscription s = context.subscription();
    BigDecimal listPrice = listPrice(s);
    BigDecimal overage = usage.overageQuantity();
    BigDecimal pretax = Money.round(listPrice.multiply(overage));
    BigDecimal tax = taxes.on(pretax);
    BigDecimal postTax = pretax.add(tax);
    // latent usage keeps the dates of the billing period it was used in
    LocalDate chargeStart = BillingDates.latestOnOrBefore(usage.usageDate(), billingDay);
    LocalDate chargeEnd = BillingDates.firstOnOrAfter(chargeStart.plusDays(1), billingDay);
    return new UsageLineRow(
        SectionTotals.USAGE,
        usage.id(),
        partner.id(),
        partner.companyName(),
        partner.billableAccountId(),
        context.customer().companyName(),
        partner.mpnId(),
        context.resellerMpnId(),
        chargeStart,
        chargeEnd.minusDays(1),
        context.billingSubscriptionId(),
        s.subscriptionId(),
        context.name(),
        s.offerName(),
        s.orderId(),
        usage.serviceName(),
        usage.serviceType(),
        usage.resourceGuid(),
        usage.resourceName(),
        usage.region(),
        usage.sku(),
        usage.detailLineItemId(),
        usage.consumedQuantity(),
        usage.includedQuantity(),
        overage,
        listPrice,
        pretax,
        tax,
        postTax,
        Money.CNY.getCurrencyCode(),
        rate(pretax, overage),
        rate(postTax, overage),
        cancelledIn(s, periodStart, periodEnd) ? WHEN_CANCEL : CURRENT_CYCLE,
        context.customer().billableAccountId(),
        usage.usageDate(),
        usage.meteredRegion(),
        usage.meteredService(),
        usage.meteredServiceType(),
        usage.project(),
        usage.serviceInfo(),
        s.customerId(),
        context.customer().domain());
  }

  /** ListPrice: the offer's price at the subscription's start, which its purchase locked. */
  static BigDecimal listPrice(BillableSubscription s) {
    return s.events().stream()
        .filter(e -> e.type() == SubscriptionEventType.PURCHASE)
        .map(SubscriptionEvent::unitPrice)
        .findFirst()
        .orElse(s.events().get(0).unitPrice());
  }

  /** An effective rate per unit of overage, rounded to the cent (0 when nothing was used). */
  private static BigDecimal rate(BigDecimal charges, BigDecimal overage) {
    if (overage.signum() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return Money.round(charges.divide(overage, 10, RoundingMode.HALF_UP));
  }

  private static boolean cancelledIn(BillableSubscription s, LocalDate from, LocalDate to) {
    return s.events().stream()
        .anyMatch(
            e ->
                (e.type() == SubscriptionEventType.CANCEL
                        || e.type() == SubscriptionEventType.UPGRADE)
                    && !e.effectiveDate().isBefore(from)
                    && !e.effectiveDate().isAfter(to));
  }
}
