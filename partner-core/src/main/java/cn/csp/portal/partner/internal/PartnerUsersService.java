package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.kernel.TemporaryPasswords;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.PartnerUserSummary;
import cn.csp.portal.partner.PartnerUsers;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.UserInvitation;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class PartnerUsersService implements PartnerUsers {

  private final PartnerRepository partners;
  private final PartnerUserRepository users;
  private final UserRegistration registration;
  private final PasswordPolicy passwordPolicy;
  private final PasswordEncoder passwordEncoder;
  private final ActingUsers actingUsers;
  private final AuditLog auditLog;
  private final Clock clock;

  PartnerUsersService(
      PartnerRepository partners,
      PartnerUserRepository users,
      UserRegistration registration,
      PasswordPolicy passwordPolicy,
      PasswordEncoder passwordEncoder,
      ActingUsers actingUsers,
      AuditLog auditLog,
      Clock clock) {
    this.partners = partners;
    this.users = users;
    this.registration = registration;
    this.passwordPolicy = passwordPolicy;
    this.passwordEncoder = passwordEncoder;
    this.actingUsers = actingUsers;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Page<PartnerUserSummary> list(UUID partnerId, String search, Pageable page) {
    String term = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    return users.search(partnerId, term, page).map(PartnerUser::toSummary);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PartnerUserSummary> find(UUID partnerId, UUID userId) {
    return users.findByIdAndPartnerId(userId, partnerId).map(PartnerUser::toSummary);
  }

  @Override
  public AddedUser add(UUID partnerId, UserInvitation invitation, Actor actor) {
    actingUsers.requireUser(partnerId, actor, Permission.USER_MANAGE);
    if (invitation.adminRole() != AdminRole.NO_ADMIN) {
      actingUsers.requireUser(partnerId, actor, Permission.ADMIN_ROLE_ASSIGN);
    }
    String temporaryPassword = TemporaryPasswords.generate();
    PartnerUser user =
        registration.register(
            partnerId,
            invitation.fullName(),
            invitation.email(),
            invitation.agentRole(),
            invitation.adminRole(),
            temporaryPassword,
            true,
            actor);
    return new AddedUser(user.id(), user.email(), temporaryPassword);
  }

  @Override
  public void changeRoles(
      UUID partnerId, UUID userId, AgentRole agentRole, AdminRole adminRole, Actor actor) {
    PartnerUser user = manageable(partnerId, userId, actor);
    if (adminRole != user.adminRole()) {
      actingUsers.requireUser(partnerId, actor, Permission.ADMIN_ROLE_ASSIGN);
      if (user.adminRole() == AdminRole.GLOBAL_ADMIN) {
        requireAnotherActiveGlobalAdmin(partnerId, user);
      }
    }
    String before = user.agentRole() + "/" + user.adminRole();
    user.changeRoles(agentRole, adminRole, clock.instant());
    auditLog.record(
        AuditEntry.of(actor, "partner.user.rolesChanged")
            .partner(partnerId)
            .target("partner_user", userId)
            .detail("before", before)
            .detail("after", agentRole + "/" + adminRole)
            .build());
  }

  @Override
  public void deactivate(UUID partnerId, UUID userId, Actor actor) {
    PartnerUser user = manageable(partnerId, userId, actor);
    refuseSelf(user, actor);
    if (user.isActiveGlobalAdmin()) {
      requireAnotherActiveGlobalAdmin(partnerId, user);
    }
    user.setEnabled(false, clock.instant());
    audit(actor, "partner.user.deactivated", user);
  }

  @Override
  public void reactivate(UUID partnerId, UUID userId, Actor actor) {
    PartnerUser user = manageable(partnerId, userId, actor);
    user.setEnabled(true, clock.instant());
    audit(actor, "partner.user.reactivated", user);
  }

  @Override
  public void delete(UUID partnerId, UUID userId, Actor actor) {
    PartnerUser user = manageable(partnerId, userId, actor);
    refuseSelf(user, actor);
    if (user.isActiveGlobalAdmin()) {
      requireAnotherActiveGlobalAdmin(partnerId, user);
    }
    users.delete(user);
    audit(actor, "partner.user.deleted", user);
  }

  @Override
  public void changeOwnPassword(UUID userId, String currentPassword, String newPassword) {
    PartnerUser user = users.findById(userId).orElseThrow(() -> new NotFound("user.notFound"));
    passwordPolicy.checkChange(user.passwordHash(), currentPassword, newPassword, user.email());
    user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
    audit(Actor.partnerUser(user.id(), user.email()), "partner.user.passwordChanged", user);
  }

  /**
   * The target user, when the actor may manage users. Users holding an admin role are managed only
   * by those who may assign admin roles, so a user management admin cannot touch a global admin.
   * The partner row is locked, so two admins cannot remove the last two global admins at once.
   */
  private PartnerUser manageable(UUID partnerId, UUID userId, Actor actor) {
    actingUsers.requireUser(partnerId, actor, Permission.USER_MANAGE);
    partners.lockById(partnerId).orElseThrow(PartnerAccountsService::notFound);
    PartnerUser user =
        users
            .findByIdAndPartnerId(userId, partnerId)
            .orElseThrow(() -> new NotFound("user.notFound"));
    if (user.adminRole() != AdminRole.NO_ADMIN) {
      actingUsers.requireUser(partnerId, actor, Permission.ADMIN_ROLE_ASSIGN);
    }
    return user;
  }

  private void requireAnotherActiveGlobalAdmin(UUID partnerId, PartnerUser user) {
    boolean another =
        users.findByPartnerIdAndAdminRoleAndEnabledTrue(partnerId, AdminRole.GLOBAL_ADMIN).stream()
            .anyMatch(admin -> !admin.id().equals(user.id()));
    if (!another) {
      throw new BusinessRuleViolation("user.lastGlobalAdmin");
    }
  }

  private static void refuseSelf(PartnerUser user, Actor actor) {
    if (user.id().equals(actor.id())) {
      throw new BusinessRuleViolation("user.notYourself");
    }
  }

  private void audit(Actor actor, String action, PartnerUser user) {
    auditLog.record(
        AuditEntry.of(actor, action)
            .partner(user.partnerId())
            .target("partner_user", user.id())
            .detail("email", user.email())
            .build());
  }
}
