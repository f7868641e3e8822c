package cn.csp.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Marks a sign-in attempt as made on the admin center's page. The failure event carries only the
 * name that was typed, and the same address may belong to a partner user: this tells {@link
 * SignInAuditor} which account's failures to count towards the pause.
 */
public class AdminCenterSignInDetails extends WebAuthenticationDetails {

  @Serial private static final long serialVersionUID = 1L;

  public AdminCenterSignInDetails(HttpServletRequest request) {
    super(request);
  }
}
