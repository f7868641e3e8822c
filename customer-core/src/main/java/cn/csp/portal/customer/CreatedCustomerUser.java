package cn.csp.portal.customer;

/**
 * A user just added to a customer's directory.
 *
 * @param temporaryPassword the generated password to show exactly once (only its hash is kept), or
 *     null when the caller chose the password
 */
public record CreatedCustomerUser(CustomerUser user, String temporaryPassword) {

  @Override
  public String toString() {
    return "CreatedCustomerUser[user=" + user + "]";
  }
}
