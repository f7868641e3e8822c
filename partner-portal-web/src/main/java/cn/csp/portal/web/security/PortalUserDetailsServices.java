package cn.csp.portal.web.security;

import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import java.time.Instant;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Where each sign-in page looks people up: partner users for the portal, operator accounts for the
 * console, customer admins for the admin center. Nobody can sign in to another area than their own.
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

  static UserDetailsService customerAdmins(CustomerAdminAccounts customerAdminAccounts) {
    return email ->
        customerAdminAccounts
            .findSignIn(email)
            .map(account -> new CustomerAdminPrincipal(account, Instant.now()))
            .orElseThrow(() -> new UsernameNotFoundException("No customer admin"));
  }
}
