package cn.csp.portal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The one rule for an overdue invoice: something is still owed and its due date has passed. */
public final class Overdue {

  private Overdue() {}

  public static boolean on(LocalDate today, LocalDate dueDate, BigDecimal balance) {
    return balance.signum() > 0 && dueDate.isBefore(today);
  }
}
