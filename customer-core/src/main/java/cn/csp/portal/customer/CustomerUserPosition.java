package cn.csp.portal.customer;

/**
 * Where a page of a customer's users ended, in their list order (display name, then the unique
 * sign-in name): the next page starts right after it.
 */
public record CustomerUserPosition(String displayName, String userPrincipalName) {

  public static CustomerUserPosition of(CustomerUser user) {
    return new CustomerUserPosition(user.displayName(), user.userPrincipalName());
  }
}
