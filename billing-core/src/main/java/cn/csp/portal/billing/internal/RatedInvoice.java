package cn.csp.portal.billing.internal;

import java.util.List;

/**
 * Everything one invoice bills, rated and ready to write: the lines of both files in file order.
 *
 * @param subscriptionCount how many subscriptions were rated (with or without lines)
 */
record RatedInvoice(
    List<LicenseLineRow> licenseLines, List<UsageLineRow> usageLines, int subscriptionCount) {

  boolean isEmpty() {
    return licenseLines.isEmpty() && usageLines.isEmpty();
  }
}
