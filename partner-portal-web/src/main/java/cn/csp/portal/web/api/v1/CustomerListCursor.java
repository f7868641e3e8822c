package cn.csp.portal.web.api.v1;

import cn.csp.portal.customer.CustomerListFilter;
import cn.csp.portal.customer.CustomerListPosition;
import cn.csp.portal.customer.CustomerSummary;
import cn.csp.portal.web.api.ApiFilter;
import cn.csp.portal.web.api.ApiRequestRefused;
import cn.csp.portal.web.api.ContinuationToken;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Which customers a {@code GET /v1/customers} page shows: the list's filter and, when it continues
 * a walk, the position after the last customer served. The continuation token carries both, so a
 * seek that sends only {@code seekOperation=Next} and the token (as the SDK's manual seek does)
 * continues the same filtered list; a filter sent with a token must be the token's own.
 */
record CustomerListCursor(CustomerListFilter filter, CustomerListPosition after) {

  private static final String SCOPE = "customers";
  private static final String NEXT = "next";
  private static final String NO_FIELD = "";

  /**
   * @param filter the {@code filter} parameter, or null
   * @param seekOperation the {@code seekOperation} parameter, or null; only {@code Next}
   * @param token the {@code MS-ContinuationToken} header, or null
   * @throws ApiRequestRefused 400 for a filter on anything but the company name or domain prefix, a
   *     seek without a token, or a token of another list
   */
  static CustomerListCursor of(String filter, String seekOperation, String token) {
    CustomerListFilter requested = filter == null ? null : parseFilter(filter);
    boolean seeking = seekOperation != null && !seekOperation.isBlank();
    if (seeking && !NEXT.equals(seekOperation.strip().toLowerCase(Locale.ROOT))) {
      throw ApiRequestRefused.badInput("seekOperation", "api.customers.seekOperation");
    }
    if (token == null || token.isBlank()) {
      if (seeking) {
        throw ApiRequestRefused.badInput(
            ContinuationToken.HEADER, "api.customers.continuationRequired");
      }
      return new CustomerListCursor(requested == null ? CustomerListFilter.all() : requested, null);
    }
    CustomerListCursor continued = decode(token);
    if (requested != null && !requested.equals(continued.filter())) {
      throw invalidToken();
    }
    return continued;
  }

  /** The token that continues after this customer, in this cursor's list. */
  String next(CustomerSummary last) {
    CustomerListPosition position = CustomerListPosition.after(last);
    return new ContinuationToken(
            SCOPE,
            List.of(
                filter.isAll() ? NO_FIELD : filter.field().name(),
                filter.isAll() ? NO_FIELD : filter.prefix(),
                position.relationshipSince().toString(),
                position.customerId().toString()))
        .encode();
  }

  private static CustomerListCursor decode(String token) {
    List<String> position = ContinuationToken.decode(token, SCOPE, 4).position();
    try {
      CustomerListFilter filter =
          position.get(0).equals(NO_FIELD)
              ? CustomerListFilter.all()
              : CustomerListFilter.startingWith(
                  CustomerListFilter.Field.valueOf(position.get(0)), position.get(1));
      return new CustomerListCursor(
          filter,
          new CustomerListPosition(
              Instant.parse(position.get(2)), UUID.fromString(position.get(3))));
    } catch (IllegalArgumentException | DateTimeParseException notOurs) {
      throw invalidToken();
    }
  }

  /** {@code CompanyName} or {@code Domain} ({@code DomainName}), {@code StartsWith} only. */
  private static CustomerListFilter parseFilter(String json) {
    ApiFilter filter = ApiFilter.parse(json);
    switch (filter.field()) {
      case "domain", "domainname" -> {
        filter.require(filter.field(), "startswith");
        return CustomerListFilter.startingWith(CustomerListFilter.Field.DOMAIN, filter.value());
      }
      default -> {
        filter.require("companyname", "startswith");
        return CustomerListFilter.startingWith(
            CustomerListFilter.Field.COMPANY_NAME, filter.value());
      }
    }
  }

  private static ApiRequestRefused invalidToken() {
    return ApiRequestRefused.badInput(ContinuationToken.HEADER, "api.fault.invalidContinuation");
  }
}
