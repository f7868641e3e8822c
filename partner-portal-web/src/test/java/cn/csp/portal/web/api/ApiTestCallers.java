package cn.csp.portal.web.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerUserSignIn;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Authenticates a MockMvc {@code /v1} request as an API caller directly, for tests of one resource
 * that are not about tokens: the caller is the partner user with that sign-in name and the user's
 * stored permissions, as a personal API token would resolve it.
 */
public final class ApiTestCallers {

  private ApiTestCallers() {}

  public static RequestPostProcessor asUser(PartnerAccounts partners, String email) {
    PartnerUserSignIn user =
        partners.findSignIn(email).orElseThrow(() -> new AssertionError("No user " + email));
    ApiCaller caller =
        new ApiCaller(
            user.partnerId(), Actor.partnerUser(user.userId(), email), user.permissions());
    return authentication(new ApiAuthentication(caller));
  }
}
