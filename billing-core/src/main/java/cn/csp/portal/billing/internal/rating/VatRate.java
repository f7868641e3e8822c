package cn.csp.portal.billing.internal.rating;

import cn.csp.portal.kernel.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The VAT rate applied to every line, taken by the caller from the property {@code
 * portal.billing.vat-rate} (default {@link #DEFAULT}, 6%). Tax is computed per line, on the line's
 * subtotal, and rounded once.
 */
public record VatRate(BigDecimal rate) {

  public static final VatRate DEFAULT = new VatRate(new BigDecimal("0.06"));

  public VatRate {
    Objects.requireNonNull(rate, "rate");
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("A VAT rate is at least 0 and below 1, not " + rate);
    }
  }

  public static VatRate of(String rate) {
    return new VatRate(new BigDecimal(rate));
  }

  /** The tax on {@code subtotal}: {@code Money.round(subtotal × rate)}. */
  public BigDecimal taxOn(BigDecimal subtotal) {
    return Money.round(subtotal.multiply(rate));
  }
}
