package cn.csp.portal.web.security;

import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.partner.PartnerAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every sign-in and every failed attempt in the audit log. A failure records the name that
 * was tried, not whether such an account exists.
 */
@Component
class SignInAuditor {

  private final AuditLog auditLog;
  private final PartnerAccounts partners;
  private final CustomerAdminAccounts customerAdmins;

  SignInAuditor(AuditLog auditLog, PartnerAccounts partners, CustomerAdminAccounts customerAdmins) {
    this.auditLog = auditLog;
    this.partners = partners;
    this.customerAdmins = customerAdmins;
  }

  @EventListener
  @Transactional
  public void onSuccess(AuthenticationSuccessEvent event) {
    Object principal = event.getAuthentication().getPrincipal();
    if (principal instanceof PartnerUserPrincipal user) {
      partners.recordSignInAttempt(user.getUsername(), true);
      auditLog.record(
          AuditEntry.of(user.actor(), "signin.succeeded")
              .partner(user.partnerId())
              .target("partner_user", user.userId())
              .build());
    } else if (principal instanceof CustomerAdminPrincipal admin) {
      customerAdmins.recordSignInAttempt(admin.getUsername(), true);
      auditLog.record(
          AuditEntry.of(admin.actor(), "signin.succeeded")
              .target("customer_admin_user", admin.adminId())
              .build());
    } else if (principal instanceof OperatorPrincipal operator) {
      auditLog.record(
          AuditEntry.of(operator.actor(), "signin.succeeded")
              .target("operator_account", operator.operatorId())
              .build());
    }
  }

  @EventListener
  @Transactional
  public void onFailure(AbstractAuthenticationFailureEvent event) {
    String attempted = String.valueOf(event.getAuthentication().getName());
    if (event.getException() instanceof BadCredentialsException) {
      // wrong passwords count towards the pause of the account of the page they were typed on; the
      // operator console has no such accounts
      if (event.getAuthentication().getDetails() instanceof AdminCenterSignInDetails) {
        customerAdmins.recordSignInAttempt(attempted, false);
      } else {
        partners.recordSignInAttempt(attempted, false);
      }
    }
    auditLog.record(
        AuditEntry.of(Actor.system("sign-in"), "signin.failed")
            .detail(
                "signInName", attempted.length() > 254 ? attempted.substring(0, 254) : attempted)
            .detail("reason", event.getException().getClass().getSimpleName())
            .build());
  }
}
