package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.internal.rating.VatRate;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerOnInvoice;
import cn.csp.portal.kernel.Money;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.subscription.BillableSubscription;
import cn.csp.portal.subscription.BillingType;
import cn.csp.portal.subscription.SubscriptionEvent;
import cn.csp.portal.subscription.SubscriptionEventType;
import cn.csp.portal.subscription.SubscriptionHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rates one partner's invoice: reads the subscription history up to the day before the invoice
 * date's next period, asks the rating engine for each subscription's charges and turns them into
 * the rows of both reconciliation files, with the customer's name, domain and billable account as
 * they are now (the rows keep them, so the files never change later).
 *
 * <p>Rows are ordered by customer name, then by order number and order line, then in the engine's
 * order of the subscription's charges.
 */
@Component
class InvoiceRating {

  private final SubscriptionHistory history;
  private final CustomerDirectory customers;
  private final LicenseCharges licenseCharges;
  private final UsageBilling usage;
  private final LineOffsets offsets;
  private final FinanceCharges financeCharges;
  private final RatingSlices slices;

  InvoiceRating(
      SubscriptionHistory history,
      CustomerDirectory customers,
      LicenseCharges licenseCharges,
      UsageBilling usage,
      LineOffsets offsets,
      FinanceCharges financeCharges,
      RatingSlices slices) {
    this.history = history;
    this.customers = customers;
    this.licenseCharges = licenseCharges;
    this.usage = usage;
    this.offsets = offsets;
    this.financeCharges = financeCharges;
    this.slices = slices;
  }

  /**
   * VAT, per line: {@code portal.billing.vat-rate} (default 6%), the line's one rounding of tax.
   */
  @Component
  static class Taxes {

    private final VatRate vatRate;

    Taxes(@Value("${portal.billing.vat-rate:0.06}") BigDecimal vatRate) {
      this.vatRate = new VatRate(vatRate);
    }

    VatRate rate() {
      return vatRate;
    }

    BigDecimal on(BigDecimal subtotal) {
      return vatRate.taxOn(subtotal);
    }
  }

  /** What every line of one subscription repeats: the subscription and its customer. */
  record SubscriptionContext(
      BillableSubscription subscription,
      CustomerOnInvoice customer,
      String billingSubscriptionId,
      String resellerMpnId,
      LocalDate startDate) {

    String name() {
      String nickname = subscription.friendlyName();
      return nickname == null || nickname.isBlank() ? subscription.offerName() : nickname;
    }
  }

  /**
   * Rates the invoice dated {@code invoiceDate}; writes nothing, so it serves the next-invoice
   * preview as well as the run.
   */
  RatedInvoice rate(PartnerOverview partner, LocalDate invoiceDate) {
    int billingDay = partner.billingDay();
    // events up to the invoice date: what happened in the service period, and a renewal on it
    List<BillableSubscription> billable = history.billableSubscriptions(partner.id(), invoiceDate);
    Map<UUID, CustomerOnInvoice> customerById =
        customers.invoiceNames(
            partner.id(), billable.stream().map(BillableSubscription::customerId).toList());
    billable.stream()
        .map(BillableSubscription::customerId)
        .filter(id -> !customerById.containsKey(id))
        .findFirst()
        .ifPresent(
            id -> {
              throw new IllegalStateException("Customer " + id + " is not the partner's");
            });
    // by customer name (then id, to keep a customer's subscriptions together), then by order
    // (order numbers grow; shorter is older) and, stable, the order's line number
    // (each subscription's keys read once: a large partner sorts a quarter of a million of them)
    List<FileOrder> ordered = new ArrayList<>(billable.size());
    for (BillableSubscription s : billable) {
      ordered.add(new FileOrder(customerById.get(s.customerId()).companyName(), s));
    }
    ordered.sort(FileOrder.ORDER);
    // each subscription's context and license lines depend on it alone: a large partner's are
    // rated in slices on several cores, and come back in file order
    List<RatedSubscription> rated =
        slices.map(
            ordered,
            entry -> {
              BillableSubscription s = entry.subscription();
              SubscriptionContext context =
                  new SubscriptionContext(
                      s,
                      customerById.get(s.customerId()),
                      BillingSubscriptionIds.of(s.subscriptionId()),
                      resellerMpnId(s.resellerMpnId(), partner.mpnId()),
                      startDate(s));
              return new RatedSubscription(
                  context, licenseLines(partner, context, invoiceDate, billingDay));
            });
    Map<UUID, SubscriptionContext> contexts = new LinkedHashMap<>();
    List<LicenseLineRow> licenseLines = new ArrayList<>();
    for (RatedSubscription subscription : rated) {
      contexts.put(subscription.context().subscription().subscriptionId(), subscription.context());
      licenseLines.addAll(subscription.licenseLines());
    }
    List<UsageLineRow> usageLines =
        usage.unbilledLines(partner, invoiceDate, invoiceDate.minusDays(1), contexts);
    return new RatedInvoice(
        licenseLines,
        usageLines,
        offsets.unbilled(partner.id()),
        financeCharges.unbilled(partner.id(), invoiceDate.minusDays(1)),
        contexts.size());
  }

  /** A subscription's context and its license lines (none for a usage-based one). */
  private record RatedSubscription(
      SubscriptionContext context, List<LicenseLineRow> licenseLines) {}

  private List<LicenseLineRow> licenseLines(
      PartnerOverview partner, SubscriptionContext context, LocalDate invoiceDate, int billingDay) {
    if (context.subscription().billingType() != BillingType.LICENSE) {
      return List.of();
    }
    List<LicenseLineRow> lines = new ArrayList<>();
    for (LicenseCharges.Charge charge :
        licenseCharges.chargesOf(context.subscription(), invoiceDate, billingDay)) {
      lines.add(licenseRow(partner, context, charge, billingDay));
    }
    return lines;
  }

  /** A subscription with its place in the files: customer name, customer, order, order line. */
  private record FileOrder(String customerName, BillableSubscription subscription) {

    static final Comparator<FileOrder> ORDER =
        Comparator.comparing(FileOrder::customerName)
            .thenComparing(f -> f.subscription().customerId())
            .thenComparingInt(f -> f.subscription().orderId().length())
            .thenComparing(f -> f.subscription().orderId());
  }

  private LicenseLineRow licenseRow(
      PartnerOverview partner,
      SubscriptionContext context,
      LicenseCharges.Charge charge,
      int billingDay) {
    BillableSubscription s = context.subscription();
    return new LicenseLineRow(
        charge.section(),
        partner.id(),
        s.customerId(),
        s.orderId(),
        context.billingSubscriptionId(),
        s.subscriptionId(),
        s.offerId(),
        s.durableOfferId(),
        s.offerName(),
        context.startDate(),
        BillingDates.termEnd(termStart(s, charge.start()), billingDay),
        charge.start(),
        charge.end(),
        charge.chargeType(),
        charge.unitPrice(),
        charge.quantity(),
        charge.amount(),
        charge.totalOtherDiscount(),
        charge.subtotal(),
        charge.tax(),
        charge.totalForCustomer(),
        Money.CNY.getCurrencyCode(),
        context.customer().companyName(),
        partner.mpnId(),
        context.resellerMpnId(),
        context.customer().domain(),
        context.name(),
        s.offerName());
  }

  /**
   * ResellerMPNID (spec 2.13): the reseller of record's MPN ID; a direct sale shows the partner's
   * own MPN ID; a removed reseller stays -1.
   */
  static String resellerMpnId(String resellerOfRecord, String partnerMpnId) {
    return resellerOfRecord == null || resellerOfRecord.isBlank() ? partnerMpnId : resellerOfRecord;
  }

  /** SubscriptionStartDate: the first day of the subscription (its purchase's effective date). */
  static LocalDate startDate(BillableSubscription s) {
    return s.events().stream()
        .filter(e -> e.type() == SubscriptionEventType.PURCHASE)
        .map(SubscriptionEvent::effectiveDate)
        .findFirst()
        .orElse(s.events().get(0).effectiveDate());
  }

  /** The first day of the term a charge falls in: the latest renewal on or before it, or start. */
  static LocalDate termStart(BillableSubscription s, LocalDate chargeStart) {
    LocalDate start = startDate(s);
    for (SubscriptionEvent e : s.events()) {
      if (e.type() == SubscriptionEventType.RENEW && !e.effectiveDate().isAfter(chargeStart)) {
        start = e.effectiveDate();
      }
    }
    return start;
  }
}
