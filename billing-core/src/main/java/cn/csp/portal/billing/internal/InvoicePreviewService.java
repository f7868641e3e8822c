package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.InvoiceLineGroup;
import cn.csp.portal.billing.InvoicePreview;
import cn.csp.portal.billing.InvoicePreviews;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerPermissions;
import cn.csp.portal.partner.Permission;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dry run: the billing run's rating in a read-only transaction, with nothing written. */
@Service
@Transactional(readOnly = true)
class InvoicePreviewService implements InvoicePreviews {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final PartnerAccounts partners;
  private final PartnerPermissions permissions;
  private final InvoiceRating rating;
  private final BillingRunStore runs;
  private final Clock clock;

  InvoicePreviewService(
      PartnerAccounts partners,
      PartnerPermissions permissions,
      InvoiceRating rating,
      BillingRunStore runs,
      Clock clock) {
    this.partners = partners;
    this.permissions = permissions;
    this.rating = rating;
    this.runs = runs;
    this.clock = clock;
  }

  @Override
  public Optional<InvoicePreview> preview(UUID partnerId, Actor actor) {
    permissions.require(partnerId, actor, Permission.BILLING_VIEW);
    PartnerOverview partner =
        partners
            .findOverview(partnerId)
            .orElseThrow(() -> new NotFound("billing.partner.notFound"));
    if (partner.billingDay() == null) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), CHINA);
    LocalDate invoiceDate = BillingDates.firstOnOrAfter(today, partner.billingDay());
    if (runs.isCompleted(partnerId, invoiceDate)) {
      invoiceDate = BillingDates.firstOnOrAfter(invoiceDate.plusDays(1), partner.billingDay());
    }
    RatedInvoice rated = rating.rate(partner, invoiceDate);
    List<LicenseLineRow> license = rated.licenseLines();
    List<UsageLineRow> usage = rated.usageLines();
    return Optional.of(
        new InvoicePreview(
            invoiceDate,
            BillingDates.previous(invoiceDate, partner.billingDay()),
            invoiceDate.minusDays(1),
            BillingDates.dueDate(invoiceDate),
            rated.sections().toSections(),
            lineSummary(license, usage),
            rated.financeCharges(),
            rated.subscriptionCount(),
            license.size(),
            usage.size()));
  }

  /** The lines summed by file, section and charge type, in the order each group first appears. */
  private static List<InvoiceLineGroup> lineSummary(
      List<LicenseLineRow> license, List<UsageLineRow> usage) {
    Map<List<Object>, InvoiceLineGroup> groups = new LinkedHashMap<>();
    for (LicenseLineRow l : license) {
      add(groups, false, l.section(), l.chargeType(), l.amount(), l.tax(), l.totalForCustomer());
    }
    for (UsageLineRow u : usage) {
      add(
          groups,
          true,
          u.section(),
          u.chargeType(),
          u.pretaxCharges(),
          u.taxAmount(),
          u.postTaxTotal());
    }
    return new ArrayList<>(groups.values());
  }

  private static void add(
      Map<List<Object>, InvoiceLineGroup> groups,
      boolean usage,
      String section,
      String chargeType,
      BigDecimal amount,
      BigDecimal tax,
      BigDecimal total) {
    groups.merge(
        List.of(usage, section, chargeType),
        new InvoiceLineGroup(usage, section, chargeType, 1, amount, tax, total),
        (a, b) ->
            new InvoiceLineGroup(
                usage,
                section,
                chargeType,
                a.lines() + 1,
                a.amount().add(amount),
                a.tax().add(tax),
                a.total().add(total)));
  }
}
