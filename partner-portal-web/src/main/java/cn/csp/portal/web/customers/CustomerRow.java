package cn.csp.portal.web.customers;

import cn.csp.portal.customer.CustomerSummary;
import cn.csp.portal.kernel.AuditQuery;
import java.time.format.DateTimeFormatter;

/**
 * One row of the customer list as the page shows it, its texts built once in Java: the date in
 * China Standard Time, the links and the ids that tie the row's button to the cell it expands. In
 * the template each was an expression of its own (a local variable, a concatenation, a date
 * format), twenty rows a page: a fifth of the rows' rendering (docs/performance.md, eighth round).
 *
 * @param customerId the customer's id, as text
 * @param since the day the relationship began, {@code yyyy-MM-dd}
 * @param link the customer's page
 * @param subscriptionsLink the row's subscriptions, which its button loads
 * @param expandId the button's id
 * @param expansionId the id of the cell the subscriptions expand into
 */
public record CustomerRow(
    String customerId,
    String companyName,
    String domain,
    boolean delegatedAdmin,
    String since,
    String link,
    String subscriptionsLink,
    String expandId,
    String expansionId) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(AuditQuery.ZONE);

  /** The row of a customer; {@code customerPages} is the customer pages' path, ending in "/". */
  static CustomerRow of(CustomerSummary customer, String customerPages) {
    String id = customer.id().toString();
    String link = customerPages + id;
    return new CustomerRow(
        id,
        customer.companyName(),
        customer.domain(),
        customer.delegatedAdmin(),
        DAY.format(customer.relationshipSince()),
        link,
        link + "/subscriptions",
        "expand-" + id,
        "expansion-" + id);
  }
}
