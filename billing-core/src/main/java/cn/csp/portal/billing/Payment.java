package cn.csp.portal.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment 21Vianet received against one invoice, as an operator recorded it.
 *
 * @param paidOn the day the money arrived (China time)
 * @param reference the bank transfer's reference; unique per invoice
 * @param recordedBy the operator's sign-in name
 */
public record Payment(
    UUID id,
    String invoiceId,
    UUID partnerId,
    BigDecimal amount,
    LocalDate paidOn,
    String reference,
    String recordedBy,
    Instant recordedAt) {}
