package cn.csp.portal.billing.internal;

import cn.csp.portal.kernel.PostgresArrays;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One partner's run for one invoice date, as the billing work queue holds it. */
record WorkItem(UUID partnerId, LocalDate invoiceDate) {

  /** The partner ids as a PostgreSQL array literal, for {@code cast(:ids as uuid[])}. */
  static String partnerIdArray(List<WorkItem> items) {
    return PostgresArrays.literal(items.stream().map(WorkItem::partnerId).toList());
  }

  /** The invoice dates as a PostgreSQL array literal, in the same order. */
  static String invoiceDateArray(List<WorkItem> items) {
    return PostgresArrays.literal(items.stream().map(WorkItem::invoiceDate).toList());
  }
}
