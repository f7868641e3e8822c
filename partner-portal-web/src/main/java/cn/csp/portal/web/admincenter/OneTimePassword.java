package cn.csp.portal.web.admincenter;

import java.io.Serial;
import java.io.Serializable;

/**
 * A customer user's temporary password, carried by a flash attribute to the one page that shows it;
 * only its hash is stored.
 *
 * @param reset a reset of an existing user's password rather than a new user
 */
public record OneTimePassword(
    String displayName, String userPrincipalName, String password, boolean reset)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Override
  public String toString() {
    return "OneTimePassword[" + userPrincipalName + "]";
  }
}
