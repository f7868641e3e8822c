package cn.csp.portal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One metered reading of a usage-based subscription, as 21Vianet's platform reports it (the
 * usage-based reconciliation file's columns, spec 2.13). Text columns the meter leaves out are
 * empty strings; {@code includedQuantity} null means 0. The price is not part of it: billing rates
 * usage at the subscription's price at its start.
 *
 * <p>The natural key (subscription, usage date, resource GUID, region, detail line item, project)
 * identifies a reading: the same key is never imported twice.
 */
public record NewUsageRecord(
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
    String serviceInfo) {}
