package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.BillingRun;
import cn.csp.portal.billing.InvoiceIssued;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.partner.BillingProfile;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerProfiles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One partner's run for one invoice date, in one transaction: take the partner's advisory lock,
 * skip a date that is already completed, rate, and write the invoice with all its lines and the
 * completed run, or (on any failure) nothing at all.
 */
@Component
class PartnerBilling {

  private final BillingRunStore runs;
  private final InvoiceStore invoices;
  private final InvoiceRating rating;
  private final UsageBilling usage;
  private final LineOffsets offsets;
  private final FinanceCharges financeCharges;
  private final PartnerAccounts partners;
  private final AuditLog auditLog;
  private final ApplicationEventPublisher events;
  private final ObjectProvider<BillingRunHook> hooks;
  private final Clock clock;

  PartnerBilling(
      BillingRunStore runs,
      InvoiceStore invoices,
      InvoiceRating rating,
      UsageBilling usage,
      LineOffsets offsets,
      FinanceCharges financeCharges,
      PartnerAccounts partners,
      AuditLog auditLog,
      ApplicationEventPublisher events,
      ObjectProvider<BillingRunHook> hooks,
      Clock clock) {
    this.runs = runs;
    this.invoices = invoices;
    this.rating = rating;
    this.usage = usage;
    this.offsets = offsets;
    this.financeCharges = financeCharges;
    this.partners = partners;
    this.auditLog = auditLog;
    this.events = events;
    this.hooks = hooks;
    this.clock = clock;
  }

  @Transactional
  BillingRun bill(PartnerOverview partner, LocalDate invoiceDate, Actor actor) {
    // one run per partner at a time; the second of two concurrent runs waits here, then finds the
    // date completed by the first
    invoices.lockPartnerRun(partner.id());
    if (runs.isCompleted(partner.id(), invoiceDate)) {
      return runs.find(partner.id(), invoiceDate).orElseThrow();
    }
    LocalDate serviceEnd = invoiceDate.minusDays(1);
    // record the months overdue that began in the period, so the invoice can name what it bills
    financeCharges.assess(partner.id(), serviceEnd);
    RatedInvoice rated = rating.rate(partner, invoiceDate);
    Instant now = clock.instant();
    String invoiceId = null;
    if (!rated.isEmpty()) {
      invoiceId = invoices.reserveInvoiceNumber(partner.id(), invoiceDate, now);
      SectionTotals totals = rated.sections();
      invoices.insertInvoice(header(partner, invoiceDate, invoiceId, totals, rated, now));
      invoices.insertLicenseLines(invoiceId, rated.licenseLines());
      invoices.insertUsageLines(invoiceId, rated.usageLines());
      usage.markBilled(partner.id(), rated.usageCharges());
      offsets.markBilled(partner.id(), rated.offsets().offsetIds(), invoiceId);
      financeCharges.markBilled(partner.id(), serviceEnd, invoiceId);
      events.publishEvent(
          new InvoiceIssued(
              invoiceId,
              partner.id(),
              invoiceDate,
              BillingDates.dueDate(invoiceDate),
              totals.total(),
              "CNY"));
    }
    String issued = invoiceId;
    hooks
        .orderedStream()
        .forEach(hook -> hook.afterLinesWritten(partner.id(), invoiceDate, issued));
    // finished when every line is written, not when the rating ended
    runs.complete(partner.id(), invoiceDate, invoiceId, rated, clock.instant());
    auditLog.record(
        AuditEntry.of(actor, "billing.run.completed")
            .partner(partner.id())
            .target("billingRun", invoiceDate)
            .detail("invoiceId", invoiceId)
            .detail("subscriptions", rated.subscriptionCount())
            .detail("licenseLines", rated.licenseLines().size())
            .detail("usageLines", rated.usageLines().size())
            .build());
    return runs.find(partner.id(), invoiceDate).orElseThrow();
  }

  private InvoiceStore.InvoiceHeader header(
      PartnerOverview partner,
      LocalDate invoiceDate,
      String invoiceId,
      SectionTotals totals,
      RatedInvoice rated,
      Instant now) {
    Optional<BillingProfile> billing =
        partners.findProfiles(partner.id()).map(PartnerProfiles::billing);
    LocalDate periodStart = BillingDates.previous(invoiceDate, partner.billingDay());
    return new InvoiceStore.InvoiceHeader(
        invoiceId,
        partner.id(),
        invoiceDate,
        periodStart,
        invoiceDate.minusDays(1),
        BillingDates.dueDate(invoiceDate),
        partner.companyName(),
        partner.mpnId(),
        partner.billableAccountId(),
        billing.map(BillingProfile::companyName).orElse(partner.companyName()),
        billing.map(b -> b.address().addressLine1()).orElse(null),
        billing.map(b -> b.address().addressLine2()).orElse(null),
        billing.map(b -> b.address().city()).orElse(null),
        billing.map(b -> b.address().state()).orElse(null),
        billing.map(b -> b.address().postalCode()).orElse(null),
        billing.map(b -> b.address().country()).orElse(null),
        billing
            .map(b -> b.invoiceRecipient().firstName() + " " + b.invoiceRecipient().lastName())
            .orElse(null),
        billing.map(b -> b.invoiceRecipient().email()).orElse(null),
        billing.map(BillingProfile::purchaseOrderNumber).orElse(null),
        totals,
        rated.licenseLines().size(),
        rated.usageLines().size(),
        now);
  }
}
