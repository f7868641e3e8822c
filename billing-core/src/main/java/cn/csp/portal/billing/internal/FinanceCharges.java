package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.FinanceChargeLine;
import cn.csp.portal.kernel.Money;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finance charges on overdue invoices (spec 2.11): "1.5% of the invoice amount per month, or the
 * legal maximum, whichever is less", billed on the partner's next invoice.
 *
 * <p>The rule: an invoice is overdue from the day after its due date. The n-th month overdue starts
 * on that day plus n-1 months, and on that day one month's charge is assessed on what was still
 * unpaid at its start (payments dated before it count), if anything was. Each month of an invoice
 * is assessed once (a unique key), so the daily job and a billing run that both assess it agree.
 */
@Component
class FinanceCharges {

  private static final Logger log = LoggerFactory.getLogger(FinanceCharges.class);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final BigDecimal monthlyRate;

  FinanceCharges(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      Clock clock,
      @Value("${portal.billing.finance-charge.monthly-rate:0.015}") BigDecimal contractRate,
      @Value("${portal.billing.finance-charge.legal-maximum-monthly-rate:0.015}")
          BigDecimal legalMaximum) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
    this.monthlyRate = contractRate.min(legalMaximum);
    if (monthlyRate.signum() <= 0 || monthlyRate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalStateException("The monthly finance charge rate must be in (0, 1]");
    }
  }

  BigDecimal monthlyRate() {
    return monthlyRate;
  }

  /** Daily, before the billing runs (00:45): assess the months overdue that began today. */
  @Scheduled(cron = "${portal.jobs.finance-charges.cron:0 30 0 * * *}", zone = "Asia/Shanghai")
  @SchedulerLock(
      name = "finance-charges-daily",
      lockAtMostFor = "PT2H",
      lockAtLeastFor = "${portal.jobs.lock-at-least-for:PT1M}")
  void assessDaily() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), CHINA);
    List<UUID> partners =
        jdbc.sql(
                """
                select distinct partner_id from invoice
                where status <> 'PAID' and due_date < :today
                """)
            .param("today", today)
            .query(UUID.class)
            .list();
    int assessed = 0;
    for (UUID partnerId : partners) {
      Integer count = transactions.execute(tx -> assess(partnerId, today));
      assessed += count == null ? 0 : count;
    }
    log.info(
        "Finance charges on {}: {} assessed for {} partners", today, assessed, partners.size());
  }

  /**
   * Records the months overdue of the partner's invoices that began on or before {@code upTo} and
   * are not recorded yet; run inside the caller's transaction.
   *
   * @return how many were recorded
   */
  int assess(UUID partnerId, LocalDate upTo) {
    int recorded = 0;
    for (FinanceChargeLine line : unrecorded(partnerId, upTo)) {
      recorded +=
          jdbc.sql(
                  """
                  insert into finance_charge (id, partner_id, overdue_invoice_id, month_overdue,
                      assessed_on, overdue_balance, monthly_rate, amount, assessed_at)
                  values (:id, :partnerId, :invoiceId, :month, :assessedOn, :balance, :rate,
                      :amount, :now)
                  on conflict (overdue_invoice_id, month_overdue) do nothing
                  """)
              .param("id", UUID.randomUUID())
              .param("partnerId", partnerId)
              .param("invoiceId", line.overdueInvoiceId())
              .param("month", line.monthOverdue())
              .param("assessedOn", line.assessedOn())
              .param("balance", line.overdueBalance())
              .param("rate", line.monthlyRate())
              .param("amount", line.amount())
              .param("now", Timestamp.from(clock.instant()))
              .update();
    }
    return recorded;
  }

  /**
   * What the partner's next invoice bills: the recorded charges not billed yet plus the months that
   * began on or before {@code upTo} and are not recorded yet (a dry run records nothing), in date
   * order.
   */
  List<FinanceChargeLine> unbilled(UUID partnerId, LocalDate upTo) {
    List<FinanceChargeLine> lines = new ArrayList<>(recordedUnbilled(partnerId, upTo));
    lines.addAll(unrecorded(partnerId, upTo));
    lines.sort(
        Comparator.comparing(FinanceChargeLine::assessedOn)
            .thenComparing(FinanceChargeLine::overdueInvoiceId));
    return lines;
  }

  /** Marks the partner's charges assessed on or before {@code upTo} as billed on the invoice. */
  void markBilled(UUID partnerId, LocalDate upTo, String invoiceId) {
    jdbc.sql(
            """
            update finance_charge set billed_invoice_id = :invoiceId
            where partner_id = :partnerId and billed_invoice_id is null and assessed_on <= :upTo
            """)
        .param("invoiceId", invoiceId)
        .param("partnerId", partnerId)
        .param("upTo", upTo)
        .update();
  }

  /** The charges billed on an invoice, in date order. */
  List<FinanceChargeLine> billedOn(String invoiceId) {
    return jdbc.sql(
            """
            select overdue_invoice_id, month_overdue, assessed_on, overdue_balance, monthly_rate,
                amount
            from finance_charge where billed_invoice_id = :invoiceId
            order by assessed_on, overdue_invoice_id
            """)
        .param("invoiceId", invoiceId)
        .query(FinanceCharges::line)
        .list();
  }

  private List<FinanceChargeLine> recordedUnbilled(UUID partnerId, LocalDate upTo) {
    return jdbc.sql(
            """
            select overdue_invoice_id, month_overdue, assessed_on, overdue_balance, monthly_rate,
                amount
            from finance_charge
            where partner_id = :partnerId and billed_invoice_id is null and assessed_on <= :upTo
            """)
        .param("partnerId", partnerId)
        .param("upTo", upTo)
        .query(FinanceCharges::line)
        .list();
  }

  private static FinanceChargeLine line(java.sql.ResultSet rs, int row)
      throws java.sql.SQLException {
    return new FinanceChargeLine(
        rs.getString("overdue_invoice_id"),
        rs.getInt("month_overdue"),
        rs.getObject("assessed_on", LocalDate.class),
        rs.getBigDecimal("overdue_balance"),
        rs.getBigDecimal("monthly_rate"),
        rs.getBigDecimal("amount"));
  }

  private record OpenInvoice(String id, LocalDate dueDate, BigDecimal total) {}

  private record Payment(String invoiceId, LocalDate paidOn, BigDecimal amount) {}

  /** The months overdue that began on or before {@code upTo} and are not recorded yet. */
  private List<FinanceChargeLine> unrecorded(UUID partnerId, LocalDate upTo) {
    List<OpenInvoice> overdue =
        jdbc.sql(
                """
                select id, due_date, total from invoice
                where partner_id = :partnerId and status <> 'PAID' and due_date < :upTo
                    and total > 0
                order by due_date, id
                """)
            .param("partnerId", partnerId)
            .param("upTo", upTo)
            .query(
                (rs, row) ->
                    new OpenInvoice(
                        rs.getString("id"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getBigDecimal("total")))
            .list();
    if (overdue.isEmpty()) {
      return List.of();
    }
    List<String> ids = overdue.stream().map(OpenInvoice::id).toList();
    Set<String> recorded =
        new HashSet<>(
            jdbc.sql(
                    """
                    select overdue_invoice_id || '#' || month_overdue from finance_charge
                    where overdue_invoice_id in (:ids)
                    """)
                .param("ids", ids)
                .query(String.class)
                .list());
    Map<String, List<Payment>> payments = new HashMap<>();
    jdbc.sql("select invoice_id, paid_on, amount from payment where invoice_id in (:ids)")
        .param("ids", ids)
        .query(
            (rs, row) ->
                new Payment(
                    rs.getString("invoice_id"),
                    rs.getObject("paid_on", LocalDate.class),
                    rs.getBigDecimal("amount")))
        .list()
        .forEach(p -> payments.computeIfAbsent(p.invoiceId(), k -> new ArrayList<>()).add(p));
    List<FinanceChargeLine> lines = new ArrayList<>();
    for (OpenInvoice invoice : overdue) {
      LocalDate firstOverdueDay = invoice.dueDate().plusDays(1);
      for (int month = 1; ; month++) {
        // from the first day each time, so a 31st stays the 31st where the month has one
        LocalDate assessedOn = firstOverdueDay.plusMonths(month - 1);
        if (assessedOn.isAfter(upTo)) {
          break;
        }
        if (recorded.contains(invoice.id() + "#" + month)) {
          continue;
        }
        BigDecimal balance = invoice.total();
        for (Payment p : payments.getOrDefault(invoice.id(), List.of())) {
          if (p.paidOn().isBefore(assessedOn)) {
            balance = balance.subtract(p.amount());
          }
        }
        if (balance.signum() > 0) {
          lines.add(
              new FinanceChargeLine(
                  invoice.id(),
                  month,
                  assessedOn,
                  balance,
                  monthlyRate,
                  Money.round(balance.multiply(monthlyRate))));
        }
      }
    }
    return lines;
  }
}
