package cn.csp.portal.billing;

import cn.csp.portal.kernel.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Delinquency (spec 2.11, 2.15): a partner with an invoice unpaid more than {@link
 * #thresholdDays()} days after its due date is suspended (reason DELINQUENCY), which refuses the
 * operations a suspended partner may not perform. Recording a payment that leaves the partner with
 * no overdue invoice reinstates it ({@link Payments#record}).
 */
public interface Delinquency {

  /** {@code portal.billing.delinquency-threshold-days}, 60 by default. */
  int thresholdDays();

  /**
   * The daily check, also for operators: suspends every ACTIVE partner that has an unpaid invoice
   * more than the threshold past its due date on {@code today}. Partners are independent: one that
   * fails is logged and the others go on.
   *
   * @return the partners suspended by this call
   * @throws cn.csp.portal.kernel.BusinessRuleViolation for an actor who is neither an operator nor
   *     the system
   */
  List<UUID> suspendDelinquent(LocalDate today, Actor operator);
}
