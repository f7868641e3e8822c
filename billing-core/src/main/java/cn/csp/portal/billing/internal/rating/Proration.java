package cn.csp.portal.billing.internal.rating;

import cn.csp.portal.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one proration formula of the billing engine (spec 2.14, reverse-engineered from the 21V
 * examples): {@code seats × monthly unit price × days in the segment / days in the charge period},
 * rounded once, HALF_UP to the cent, by {@link Money#round}. A whole period is the same formula
 * with {@code days == periodDays}. Credits are this amount negated (HALF_UP is symmetric around
 * zero, so negating before or after rounding gives the same cents).
 */
public final class Proration {

  /** Digits kept before the final rounding; more than the 3 the cent rounding needs. */
  private static final int WORKING_SCALE = 10;

  private Proration() {}

  public static BigDecimal amount(int seats, BigDecimal unitPrice, long days, long periodDays) {
    if (seats < 0 || days < 0 || periodDays <= 0 || days > periodDays) {
      throw new IllegalArgumentException(
          "Cannot prorate " + seats + " seats for " + days + " of " + periodDays + " days");
    }
    BigDecimal exact =
        unitPrice
            .multiply(BigDecimal.valueOf(seats))
            .multiply(BigDecimal.valueOf(days))
            // Truncating at 10 digits and then rounding HALF_UP to 2 gives the same cents as
            // rounding
            // the exact quotient: the half-cent threshold has 3 digits, so truncation never crosses
            // it.
            .divide(BigDecimal.valueOf(periodDays), WORKING_SCALE, RoundingMode.DOWN);
    return Money.round(exact);
  }
}
