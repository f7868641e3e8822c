package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.CustomerOnInvoice;
import cn.csp.portal.kernel.PostgresArrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What invoices name of a partner's customers, read for a billing run: a large partner's hundred
 * thousand customers in one statement (the ids as one array joined as a table), as plain values.
 */
@Component
class InvoiceNames {

  private final JdbcClient jdbc;

  InvoiceNames(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The partner's customers among {@code customerIds}; another partner's are left out. */
  Map<UUID, CustomerOnInvoice> of(UUID partnerId, Collection<UUID> customerIds) {
    Map<UUID, CustomerOnInvoice> found = new HashMap<>();
    if (customerIds.isEmpty()) {
      return found;
    }
    jdbc.sql(
            """
            select c.id, c.company_name, c.domain, c.billable_account_id
              from unnest(cast(:ids as uuid[])) as wanted (id)
              join customer_partner_relationship r
                on r.partner_id = :partnerId and r.customer_id = wanted.id
              join customer c on c.id = wanted.id
            """)
        .param("ids", PostgresArrays.literal(new LinkedHashSet<>(customerIds)))
        .param("partnerId", partnerId)
        .query(
            (rs, row) ->
                new CustomerOnInvoice(
                    rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list()
        .forEach(customer -> found.put(customer.id(), customer));
    return found;
  }
}
