package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.PartnerUserAdded;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one way a partner user comes into being, whoever adds them (enrollment, user management,
 * provisioning): the sign-in name is claimed, the password must pass the policy and only its hash
 * is kept, and the addition is audited and announced.
 */
@Component
class UserRegistration {

  private final PartnerUserRepository users;
  private final SignInNameRegistry signInNames;
  private final PasswordPolicy passwordPolicy;
  private final PasswordEncoder passwordEncoder;
  private final AuditLog auditLog;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  UserRegistration(
      PartnerUserRepository users,
      SignInNameRegistry signInNames,
      PasswordPolicy passwordPolicy,
      PasswordEncoder passwordEncoder,
      AuditLog auditLog,
      ApplicationEventPublisher events,
      Clock clock) {
    this.users = users;
    this.signInNames = signInNames;
    this.passwordPolicy = passwordPolicy;
    this.passwordEncoder = passwordEncoder;
    this.auditLog = auditLog;
    this.events = events;
    this.clock = clock;
  }

  /**
   * @param actor who adds the user; null when the user registers themselves (enrollment)
   */
  PartnerUser register(
      UUID partnerId,
      String fullName,
      String requestedEmail,
      AgentRole agentRole,
      AdminRole adminRole,
      String password,
      boolean mustChangePassword,
      Actor actor) {
    String email = signInNames.claim(requestedEmail);
    passwordPolicy.check(password, email);
    PartnerUser user =
        users.save(
            new PartnerUser(
                partnerId,
                email,
                fullName.strip(),
                agentRole,
                adminRole,
                passwordEncoder.encode(password),
                mustChangePassword,
                clock.instant()));
    auditLog.record(
        AuditEntry.of(
                actor != null ? actor : Actor.partnerUser(user.id(), email), "partner.user.created")
            .partner(partnerId)
            .target("partner_user", user.id())
            .detail("email", email)
            .detail("agentRole", agentRole)
            .detail("adminRole", adminRole)
            .build());
    events.publishEvent(new PartnerUserAdded(partnerId, user.id(), agentRole, adminRole));
    return user;
  }
}
