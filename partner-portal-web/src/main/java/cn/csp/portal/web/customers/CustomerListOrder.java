package cn.csp.portal.web.customers;

import java.util.Arrays;
import org.springframework.data.domain.Sort;

/**
 * The orders the customer list offers: the {@code sort} parameter names one of these, so a request
 * can never name a column of its own. Each ends with the (unique) domain, so pages never overlap.
 */
public enum CustomerListOrder {
  COMPANY_NAME("companyName", Sort.by("companyName", "domain")),
  DOMAIN("domain", Sort.by("domain")),
  /** Newest relationships first. */
  RELATIONSHIP_SINCE(
      "relationshipSince", Sort.by(Sort.Order.desc("relationshipSince"), Sort.Order.asc("domain")));

  private final String parameter;
  private final Sort sort;

  CustomerListOrder(String parameter, Sort sort) {
    this.parameter = parameter;
    this.sort = sort;
  }

  /** The order a {@code sort} parameter names; an unknown or missing one means company name. */
  static CustomerListOrder of(String parameter) {
    return Arrays.stream(values())
        .filter(order -> order.parameter.equals(parameter))
        .findFirst()
        .orElse(COMPANY_NAME);
  }

  public String parameter() {
    return parameter;
  }

  Sort sort() {
    return sort;
  }
}
