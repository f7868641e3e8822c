package cn.csp.portal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.NewOperator;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.testsupport.PartnerFixtures;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signs in through the real sign-in form and hands back the session, as a browser would keep it.
 */
public final class PortalSessions {

  private PortalSessions() {}

  public static MockHttpSession signIn(MockMvc mvc, String email) throws Exception {
    return signIn(mvc, email, PartnerFixtures.PASSWORD);
  }

  public static MockHttpSession signIn(MockMvc mvc, String email, String password)
      throws Exception {
    MvcResult result = mvc.perform(formLogin("/login").user(email).password(password)).andReturn();
    String target = result.getResponse().getRedirectedUrl();
    if (target == null || !target.endsWith("/dashboard")) {
      throw new AssertionError("Sign-in of " + email + " failed: redirected to " + target);
    }
    return (MockHttpSession) result.getRequest().getSession(false);
  }

  /** Creates a 21Vianet operator and signs it in to the operator console. */
  public static MockHttpSession signInNewOperator(MockMvc mvc, OperatorAccounts operators)
      throws Exception {
    String email = PartnerFixtures.uniqueEmail("operator");
    operators.createOperator(
        new NewOperator("Test Operator", email, PartnerFixtures.PASSWORD), Actor.system("test"));
    MvcResult result =
        mvc.perform(formLogin("/operator/login").user(email).password(PartnerFixtures.PASSWORD))
            .andReturn();
    if (!"/operator".equals(result.getResponse().getRedirectedUrl())) {
      throw new AssertionError("Operator sign-in of " + email + " failed");
    }
    return (MockHttpSession) result.getRequest().getSession(false);
  }
}
