package cn.csp.portal.web.customers;

import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.customer.CustomerSummary;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomerRowTest {

  private static final UUID ID = UUID.fromString("796404d2-b57b-40a7-a7e6-9507af1eeb9e");

  @Test
  void theRowLinksTheCustomerAndTiesItsButtonToItsExpansion() {
    CustomerRow row = CustomerRow.of(customerSince("2026-01-28T03:00:00Z"), "/portal/customers/");

    assertThat(row.customerId()).isEqualTo(ID.toString());
    assertThat(row.companyName()).isEqualTo("Northwind Traders");
    assertThat(row.domain()).isEqualTo("northwind.partner.onmschina.cn");
    assertThat(row.delegatedAdmin()).isTrue();
    assertThat(row.link()).isEqualTo("/portal/customers/" + ID);
    assertThat(row.subscriptionsLink()).isEqualTo("/portal/customers/" + ID + "/subscriptions");
    assertThat(row.expandId()).isEqualTo("expand-" + ID);
    assertThat(row.expansionId()).isEqualTo("expansion-" + ID);
  }

  @Test
  void theRelationshipBeganOnItsDayInChinaStandardTime() {
    // 23:30 UTC is 07:30 the next morning in Beijing
    assertThat(CustomerRow.of(customerSince("2026-01-27T23:30:00Z"), "/customers/").since())
        .isEqualTo("2026-01-28");
    assertThat(CustomerRow.of(customerSince("2026-01-28T15:59:59Z"), "/customers/").since())
        .isEqualTo("2026-01-28");
    assertThat(CustomerRow.of(customerSince("2026-03-04T16:00:00Z"), "/customers/").since())
        .isEqualTo("2026-03-05");
  }

  private static CustomerSummary customerSince(String instant) {
    return new CustomerSummary(
        ID,
        "Northwind Traders",
        "northwind.partner.onmschina.cn",
        true,
        null,
        Instant.parse(instant));
  }
}
