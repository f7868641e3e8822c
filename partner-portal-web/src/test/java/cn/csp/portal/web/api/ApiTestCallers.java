package cn.csp.portal.web.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerUserSignIn;
import cn.csp.portal.partner.Permission;
import java.util.EnumSet;
import java.util.UUID;
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

  /**
   * An App-only caller of the partner (an API application's client-credentials token) holding every
   * permission, so that only the App+User rule can refuse it.
   */
  public static RequestPostProcessor asApplication(UUID partnerId) {
    Actor application = new Actor(ActorType.API_APPLICATION, UUID.randomUUID(), "app");
    return authentication(
        new ApiAuthentication(
            new ApiCaller(partnerId, application, EnumSet.allOf(Permission.class))));
  }
}
