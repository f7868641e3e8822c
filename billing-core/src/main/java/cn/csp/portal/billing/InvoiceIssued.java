package cn.csp.portal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A billing run issued an invoice; published in the run's transaction. */
public record InvoiceIssued(
    String invoiceId,
    UUID partnerId,
    LocalDate invoiceDate,
    LocalDate dueDate,
    BigDecimal total,
    String currency) {}
