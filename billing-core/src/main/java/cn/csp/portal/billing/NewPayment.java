package cn.csp.portal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment to record against an invoice. {@link Payments#record} checks every field and refuses
 * bad ones with a {@link cn.csp.portal.kernel.BusinessRuleViolation} naming the field.
 *
 * @param amount more than 0, at most 2 decimals, at most the invoice's balance
 * @param paidOn not in the future (China time) and not before the invoice date
 * @param reference the bank transfer's reference, at most {@link #REFERENCE_MAX_LENGTH} characters
 */
public record NewPayment(String invoiceId, BigDecimal amount, LocalDate paidOn, String reference) {

  public static final int REFERENCE_MAX_LENGTH = 64;
}
