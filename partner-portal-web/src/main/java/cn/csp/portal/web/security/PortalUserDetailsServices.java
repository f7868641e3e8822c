package cn.csp.portal.web.security;

import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import java.time.Instant;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Where each sign-in page looks people up: partner users for the portal, operator accounts for the
 * console. A partner user cannot sign in to the console, nor an operator to the portal.
 */
final class PortalUserDetailsServices {

  private PortalUserDetailsServices() {}

  static UserDetailsService partnerUsers(PartnerAccounts partnerAccounts) {
    return email ->
        partnerAccounts
            .findSignIn(email)
            .map(account -> new PartnerUserPrincipal(account, Instant.now()))
            .orElseThrow(() -> new UsernameNotFoundException("No partner user"));
  }

  static UserDetailsService operators(OperatorAccounts operatorAccounts) {
    return email ->
        operatorAccounts
            .findSignIn(email)
            .map(OperatorPrincipal::new)
            .orElseThrow(() -> new UsernameNotFoundException("No operator"));
  }
}
