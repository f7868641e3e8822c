package cn.csp.portal.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The reconciliation files' formatting rules, without a database. */
class ReconciliationCsvTest {

  @Test
  void theHeadersAreTheSpecsColumnsInOrder() {
    assertThat(ReconciliationCsv.LICENSE_HEADER).hasSize(27).startsWith("PartnerId", "CustomerID");
    assertThat(ReconciliationCsv.LICENSE_HEADER.get(4))
        .isEqualTo("SyndicationPartnerSubscriptionNumber");
    assertThat(ReconciliationCsv.USAGE_HEADER).hasSize(40).contains("Resource Name");
    assertThat(ReconciliationCsv.USAGE_HEADER.get(16)).isEqualTo("Resource Name");
    assertThat(ReconciliationCsv.LICENSE_COLUMNS.split(",")).hasSize(27);
    assertThat(ReconciliationCsv.USAGE_COLUMNS.split(",")).hasSize(40);
  }

  @Test
  void fieldsAreQuotedAsRfc4180Says() {
    assertThat(ReconciliationCsv.quoted("plain")).isEqualTo("plain");
    assertThat(ReconciliationCsv.quoted("Compute, Standard")).isEqualTo("\"Compute, Standard\"");
    assertThat(ReconciliationCsv.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ReconciliationCsv.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(ReconciliationCsv.quoted("北京云启科技有限公司")).isEqualTo("北京云启科技有限公司");
  }

  @Test
  void datesNumbersAndTheByteOrderMark() throws IOException {
    assertThat(ReconciliationCsv.startOfDay(LocalDate.of(2015, 2, 1))).isEqualTo("2/1/2015 0:00");
    assertThat(ReconciliationCsv.endOfDay(LocalDate.of(2015, 2, 28))).isEqualTo("2/28/2015 23:59");
    assertThat(ReconciliationCsv.startOfDay(LocalDate.of(2026, 12, 31)))
        .isEqualTo("12/31/2026 0:00");
    assertThat(ReconciliationCsv.startOfDay(LocalDate.of(999, 1, 5))).isEqualTo("1/5/0999 0:00");
    assertThat(ReconciliationCsv.price(new BigDecimal("11.0000"))).isEqualTo("11.00");
    assertThat(ReconciliationCsv.price(new BigDecimal("0.0808"))).isEqualTo("0.0808");
    assertThat(ReconciliationCsv.price(new BigDecimal("10.0000"))).isEqualTo("10.00");
    assertThat(ReconciliationCsv.price(new BigDecimal("0.0000"))).isEqualTo("0.00");
    assertThat(ReconciliationCsv.quantity(new BigDecimal("100.000000"))).isEqualTo("100");
    assertThat(ReconciliationCsv.quantity(new BigDecimal("2.500001"))).isEqualTo("2.500001");
    assertThat(ReconciliationCsv.amount(new BigDecimal("-74.52"))).isEqualTo("-74.52");

    StringWriter out = new StringWriter();
    ReconciliationCsv.writeHeader(out, List.of("A", "B c"), true);
    assertThat(out.toString()).isEqualTo("\uFEFFA,B c\r\n");
  }

  @Test
  void theBillingPlatformsSubscriptionIdIsStableAndShapedLikeTheSample() {
    UUID id = UUID.fromString("fb977ab5-0000-4000-8000-24c8d9591708");
    String billingId = BillingSubscriptionIds.of(id);
    assertThat(billingId).hasSize(16).matches("[A-Za-z0-9_-]{16}");
    assertThat(BillingSubscriptionIds.of(id)).isEqualTo(billingId);
    assertThat(BillingSubscriptionIds.of(UUID.randomUUID())).isNotEqualTo(billingId);
  }
}
