package cn.csp.portal.web.api;

/** The {@code code} values of {@link ApiFault}: stable names clients may switch on. */
public final class ApiFaultCodes {

  public static final String INVALID_INPUT = "InvalidInput";
  public static final String MALFORMED_REQUEST = "MalformedRequest";
  public static final String BUSINESS_RULE = "BusinessRuleViolation";
  public static final String NOT_FOUND = "NotFound";
  public static final String ROUTE_NOT_FOUND = "RouteNotFound";
  public static final String UNAUTHORIZED = "Unauthorized";
  public static final String FORBIDDEN = "Forbidden";
  public static final String APP_USER_ONLY = "AppUserRequired";
  public static final String CONFLICT = "Conflict";
  public static final String RATE_LIMITED = "RateLimited";
  public static final String SERVER_BUSY = "ServerBusy";
  public static final String UNEXPECTED = "RequestFailed";

  private ApiFaultCodes() {}
}
