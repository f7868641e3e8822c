package cn.csp.portal.billing.internal.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A usage record the billing run has yet to bill (public for the run's packages inside billing-core
 * only; other modules may not use {@code internal}).
 */
public record UnbilledUsage(
    UUID id,
    UUID partnerId,
    UUID customerId,
    UUID subscriptionId,
    LocalDate usageDate,
    String serviceName,
    String serviceType,
    String resourceGuid,
    String resourceName,
    String region,
    String sku,
    String detailLineItemId,
    BigDecimal consumedQuantity,
    BigDecimal includedQuantity,
    String meteredRegion,
    String meteredService,
    String meteredServiceType,
    String project,
    String serviceInfo) {

  /**
   * OverageQuantity = ConsumedQuantity − IncludedQuantity (spec 2.13), never below 0: an included
   * allowance larger than the use is not a credit.
   */
  public BigDecimal overageQuantity() {
    BigDecimal overage = consumedQuantity.subtract(includedQuantity);
    return overage.signum() < 0 ? BigDecimal.ZERO.setScale(overage.scale()) : overage;
  }
}
