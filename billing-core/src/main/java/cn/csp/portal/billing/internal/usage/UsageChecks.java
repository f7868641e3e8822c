package cn.csp.portal.billing.internal.usage;

import cn.csp.portal.billing.NewUsageRecord;
import cn.csp.portal.billing.UsageLineError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules of one reading on its own, for both the CSV and the API: required columns, lengths that
 * fit the table, quantities that fit numeric(20,6) and are not negative. Text columns left out
 * (null) become empty strings and a missing included quantity 0, so the natural key compares equal
 * however a reading arrived.
 */
final class UsageChecks {

  /** numeric(20,6): 14 digits before the point, 6 after. */
  private static final int MAX_INTEGER_DIGITS = 14;

  private static final int MAX_DECIMALS = 6;

  private UsageChecks() {}

  static NewUsageRecord normalised(NewUsageRecord r) {
    return new NewUsageRecord(
        r.subscriptionId(),
        r.usageDate(),
        text(r.serviceName()),
        text(r.serviceType()),
        text(r.resourceGuid()),
        text(r.resourceName()),
        text(r.region()),
        text(r.sku()),
        text(r.detailLineItemId()),
        r.consumedQuantity(),
        r.includedQuantity() == null ? BigDecimal.ZERO : r.includedQuantity(),
        text(r.meteredRegion()),
        text(r.meteredService()),
        text(r.meteredServiceType()),
        text(r.project()),
        text(r.serviceInfo()));
  }

  /** Every problem of a normalised reading; empty when it may be saved as far as it alone goes. */
  static List<UsageLineError> check(int line, NewUsageRecord r) {
    List<UsageLineError> errors = new ArrayList<>();
    required(line, "SubscriptionId", r.subscriptionId(), errors);
    required(line, "UsageDate", r.usageDate(), errors);
    text(line, "ServiceName", r.serviceName(), 200, true, errors);
    text(line, "ServiceType", r.serviceType(), 200, false, errors);
    text(line, "ResourceGuid", r.resourceGuid(), 64, true, errors);
    text(line, "ResourceName", r.resourceName(), 200, true, errors);
    text(line, "Region", r.region(), 100, false, errors);
    text(line, "Sku", r.sku(), 64, false, errors);
    text(line, "DetailLineItemId", r.detailLineItemId(), 64, false, errors);
    quantity(line, "ConsumedQuantity", r.consumedQuantity(), errors);
    quantity(line, "IncludedQuantity", r.includedQuantity(), errors);
    text(line, "MeteredRegion", r.meteredRegion(), 100, false, errors);
    text(line, "MeteredService", r.meteredService(), 200, false, errors);
    text(line, "MeteredServiceType", r.meteredServiceType(), 200, false, errors);
    text(line, "Project", r.project(), 200, false, errors);
    text(line, "ServiceInfo", r.serviceInfo(), 500, false, errors);
    return errors;
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }

  private static void required(int line, String column, Object value, List<UsageLineError> errors) {
    if (value == null) {
      errors.add(UsageLineError.of(line, "usage.field.required", column));
    }
  }

  private static void text(
      int line,
      String column,
      String value,
      int maxLength,
      boolean required,
      List<UsageLineError> errors) {
    Objects.requireNonNull(value, column);
    if (required && value.isEmpty()) {
      errors.add(UsageLineError.of(line, "usage.field.required", column));
    } else if (value.length() > maxLength) {
      errors.add(UsageLineError.of(line, "usage.field.tooLong", column, maxLength));
    }
  }

  private static void quantity(
      int line, String column, BigDecimal value, List<UsageLineError> errors) {
    if (value == null) {
      errors.add(UsageLineError.of(line, "usage.field.required", column));
    } else if (value.signum() < 0) {
      errors.add(UsageLineError.of(line, "usage.field.negative", column, value.toPlainString()));
    } else {
      BigDecimal exact = value.stripTrailingZeros();
      int decimals = Math.max(exact.scale(), 0);
      int integerDigits = exact.precision() - exact.scale();
      if (decimals > MAX_DECIMALS || integerDigits > MAX_INTEGER_DIGITS) {
        errors.add(
            UsageLineError.of(
                line,
                "usage.field.precision",
                column,
                value.toPlainString(),
                MAX_INTEGER_DIGITS,
                MAX_DECIMALS));
      }
    }
  }
}
