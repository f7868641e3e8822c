package cn.csp.portal.billing;

/** The usage import file's layout, shared by the import and whoever documents or builds files. */
public final class UsageCsvFormat {

  /** The columns, in this order; names are matched without regard to case. */
  public static final String HEADER =
      "SubscriptionId,UsageDate,ServiceName,ServiceType,ResourceGuid,ResourceName,Region,Sku,"
          + "DetailLineItemId,ConsumedQuantity,IncludedQuantity,MeteredRegion,MeteredService,"
          + "MeteredServiceType,Project,ServiceInfo";

  /** The largest file accepted, in bytes (the web's multipart limit is the same). */
  public static final int MAX_BYTES = 1024 * 1024;

  private UsageCsvFormat() {}
}
