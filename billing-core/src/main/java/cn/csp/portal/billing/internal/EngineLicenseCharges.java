package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.BillingPeriod;
import cn.csp.portal.billing.internal.rating.LicenseRating;
import cn.csp.portal.subscription.BillableSubscription;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The run's view of the rating engine ({@link LicenseRating}), with the run's VAT rate. */
@Component
class EngineLicenseCharges implements LicenseCharges {

  private final LicenseRating rating;

  EngineLicenseCharges(InvoiceRating.Taxes taxes) {
    this.rating = new LicenseRating(taxes.rate());
  }

  @Override
  public List<Charge> chargesOf(
      BillableSubscription subscription, LocalDate invoiceDate, int billingDay) {
    return rating.rate(subscription, BillingPeriod.of(invoiceDate, billingDay)).stream()
        .map(
            c ->
                new Charge(
                    c.chargeType().label(),
                    c.chargeType().section().name(),
                    c.chargeStart(),
                    c.chargeEnd(),
                    c.unitPrice(),
                    c.quantity(),
                    c.amount(),
                    c.totalOtherDiscount(),
                    c.subtotal(),
                    c.tax(),
                    c.totalForCustomer()))
        .toList();
  }
}
