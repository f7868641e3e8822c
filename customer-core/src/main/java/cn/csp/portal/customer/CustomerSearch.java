package cn.csp.portal.customer;

import java.util.UUID;

/**
 * What a partner's customer list is filtered by.
 *
 * @param text part of the company name or the domain, any case; blank for all
 * @param resellerPartnerId only customers of this indirect reseller; null for all
 */
public record CustomerSearch(String text, UUID resellerPartnerId) {

  public static CustomerSearch all() {
    return new CustomerSearch(null, null);
  }
}
