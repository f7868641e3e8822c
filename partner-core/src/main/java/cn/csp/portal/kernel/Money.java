package cn.csp.portal.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The one place where money is rounded: HALF_UP to the currency's minor unit (CNY has 2). Every
 * computed amount goes through {@link #round} exactly once per line; validation happens on the
 * rounded value.
 */
public final class Money {

  /** Every billing entity in the portal has exactly one currency, and it is CNY. */
  public static final Currency CNY = Currency.getInstance("CNY");

  private Money() {}

  public static BigDecimal round(BigDecimal amount, Currency currency) {
    return amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
  }

  public static BigDecimal round(BigDecimal amount) {
    return round(amount, CNY);
  }
}
