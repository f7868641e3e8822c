package cn.csp.portal.customer;

import java.util.Objects;

/**
 * What a long walk through a partner's customer list (the API's) is narrowed to: customers whose
 * company name, or whose domain, starts with a text, in any case.
 *
 * @param field what the prefix applies to; null with a null prefix for all customers
 * @param prefix the start of the company name or domain as typed; null for all customers
 */
public record CustomerListFilter(Field field, String prefix) {

  public enum Field {
    COMPANY_NAME,
    DOMAIN
  }

  public CustomerListFilter {
    if ((field == null) != (prefix == null)) {
      throw new IllegalArgumentException("A prefix needs its field, and a field its prefix");
    }
  }

  public static CustomerListFilter all() {
    return new CustomerListFilter(null, null);
  }

  public static CustomerListFilter startingWith(Field field, String prefix) {
    return new CustomerListFilter(
        Objects.requireNonNull(field, "field"), Objects.requireNonNull(prefix, "prefix"));
  }

  public boolean isAll() {
    return field == null;
  }
}
