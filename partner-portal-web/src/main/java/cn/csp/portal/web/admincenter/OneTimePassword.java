package cn.csp.portal.web.admincenter;

/**
 * A customer user's temporary password, carried by a flash attribute to the one page that shows it;
 * only its hash is stored.
 *
 * @param reset a reset of an existing user's password rather than a new user
 */
public record OneTimePassword(
    String displayName, String userPrincipalName, String password, boolean reset) {

  @Override
  public String toString() {
    return "OneTimePassword[" + userPrincipalName + "]";
  }
}
