package cn.csp.portal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

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
}
