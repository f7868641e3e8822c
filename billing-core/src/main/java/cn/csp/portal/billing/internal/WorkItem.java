package cn.csp.portal.billing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** One partner's run for one invoice date, as the billing work queue holds it. */
record WorkItem(UUID partnerId, LocalDate invoiceDate) {

  /**
   * The partner ids as a PostgreSQL array literal, for {@code cast(:ids as uuid[])}: a whole list
   * goes to the database as one parameter (UUIDs need no quoting).
   */
  static String partnerIdArray(List<WorkItem> items) {
    return items.stream()
        .map(item -> item.partnerId().toString())
        .collect(Collectors.joining(",", "{", "}"));
  }

  /** The invoice dates (ISO) as a PostgreSQL array literal, in the same order. */
  static String invoiceDateArray(List<WorkItem> items) {
    return items.stream()
        .map(item -> item.invoiceDate().toString())
        .collect(Collectors.joining(",", "{", "}"));
  }
}
