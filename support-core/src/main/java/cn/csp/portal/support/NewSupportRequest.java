package cn.csp.portal.support;

import java.util.List;
import java.util.UUID;

/**
 * A new support request. A Partner Center request has no customer; a customer request names the
 * customer and one of its services.
 *
 * @param service the customer's service (subscription-core's CloudService name); customer requests
 *     only
 * @param invoiceId a billing dispute's invoice number (billing requests only)
 * @param reconFile LICENSE or USAGE, with {@code reconLine}: the disputed line of the invoice
 * @param subscriptionIds the customer's subscriptions a fraud or misuse report is about
 * @param locale the language the partner writes in, e.g. zh-CN
 */
public record NewSupportRequest(
    UUID customerId,
    String service,
    SupportCategory category,
    SupportSeverity severity,
    String title,
    String description,
    SupportContact contact,
    String invoiceId,
    String reconFile,
    Integer reconLine,
    List<UUID> subscriptionIds,
    String locale) {

  public NewSupportRequest {
    subscriptionIds = subscriptionIds == null ? List.of() : List.copyOf(subscriptionIds);
  }

  public SupportScope scope() {
    return customerId == null ? SupportScope.PARTNER_CENTER : SupportScope.CUSTOMER;
  }
}
