package cn.csp.portal.billing.internal.usage;

import cn.csp.portal.billing.NewUsageRecord;
import java.time.LocalDate;
import java.util.UUID;

/** What identifies a reading (the table's unique natural key): one key is billed once. */
record UsageKey(
    UUID subscriptionId,
    LocalDate usageDate,
    String resourceGuid,
    String region,
    String detailLineItemId,
    String project) {

  static UsageKey of(NewUsageRecord usage) {
    return new UsageKey(
        usage.subscriptionId(),
        usage.usageDate(),
        usage.resourceGuid(),
        usage.region(),
        usage.detailLineItemId(),
        usage.project());
  }
}
