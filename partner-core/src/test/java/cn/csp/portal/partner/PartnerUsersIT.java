package cn.csp.portal.partner;

import static cn.csp.portal.testsupport.PartnerFixtures.PASSWORD;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.testsupport.PartnerFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerUsers.AddedUser;
import cn.csp.portal.testsupport.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** User management (spec 2.8) and its role rules, through the facade, against PostgreSQL. */
@IntegrationTest
class PartnerUsersIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired PartnerAccounts partners;
  @Autowired PartnerUsers users;
  @Autowired PasswordEncoder passwordEncoder;

  private UUID partnerId;
  private Actor globalAdmin;
  private Actor userManager;

  @BeforeEach
  void partnerWithAdmins() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    globalAdmin = member(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    userManager = member(AgentRole.NONE, AdminRole.USER_MANAGEMENT_ADMIN);
  }

  private Actor member(AgentRole agent, AdminRole admin) {
    NewPartnerUser user = aUser(agent, admin);
    return Actor.partnerUser(partners.addUser(partnerId, user, SYSTEM), user.email());
  }

  private UserInvitation invitation(AgentRole agent, AdminRole admin) {
    return new UserInvitation("Zhang Wei", uniqueEmail("new"), agent, admin);
  }

  @Test
  void addsAUserWithATemporaryPasswordThatOnlyItsHashKeeps() {
    AddedUser added =
        users.add(partnerId, invitation(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN), userManager);

    assertThat(added.temporaryPassword()).hasSize(16);
    PartnerUserSignIn signIn = partners.findSignIn(added.signInName()).orElseThrow();
    assertThat(signIn.mustChangePassword()).isTrue();
    assertThat(signIn.passwordHash()).doesNotContain(added.temporaryPassword());
    assertThat(passwordEncoder.matches(added.temporaryPassword(), signIn.passwordHash())).isTrue();

    users.changeOwnPassword(added.userId(), added.temporaryPassword(), "New!Passw0rd-2026");
    assertThat(partners.findSignIn(added.userId()).orElseThrow().mustChangePassword()).isFalse();
  }

  @Test
  void onlyGlobalAdminsGrantOrTouchAdminRoles() {
    assertThatThrownBy(
            () ->
                users.add(
                    partnerId, invitation(AgentRole.NONE, AdminRole.BILLING_ADMIN), userManager))
        .isInstanceOfSatisfying(
            PermissionDenied.class,
            d -> assertThat(d.permission()).isEqualTo(Permission.ADMIN_ROLE_ASSIGN));
    AddedUser agent =
        users.add(partnerId, invitation(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN), userManager);
    users.changeRoles(
        partnerId, agent.userId(), AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN, userManager);
    assertThatThrownBy(
            () ->
                users.changeRoles(
                    partnerId,
                    agent.userId(),
                    AgentRole.ADMIN_AGENT,
                    AdminRole.GLOBAL_ADMIN,
                    userManager))
        .isInstanceOf(PermissionDenied.class);
    assertThatThrownBy(() -> users.deactivate(partnerId, globalAdmin.id(), userManager))
        .isInstanceOf(PermissionDenied.class);

    users.changeRoles(
        partnerId, agent.userId(), AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN, globalAdmin);
    assertThat(users.find(partnerId, agent.userId()).orElseThrow().adminRole())
        .isEqualTo(AdminRole.GLOBAL_ADMIN);
  }

  @Test
  void agentsCannotManageUsersAtAll() {
    Actor adminAgent = member(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    assertThatThrownBy(
            () -> users.add(partnerId, invitation(AgentRole.NONE, AdminRole.NO_ADMIN), adminAgent))
        .isInstanceOf(PermissionDenied.class);
  }

  @Test
  void theLastActiveGlobalAdminStays() {
    assertRefused(
        () ->
            users.changeRoles(
                partnerId, globalAdmin.id(), AgentRole.NONE, AdminRole.NO_ADMIN, globalAdmin),
        "user.lastGlobalAdmin");
    Actor second = member(AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    assertRefused(() -> users.delete(partnerId, second.id(), second), "user.notYourself");
    users.deactivate(partnerId, second.id(), globalAdmin);
    // a deactivated global admin does not count
    assertRefused(
        () ->
            users.changeRoles(
                partnerId, globalAdmin.id(), AgentRole.NONE, AdminRole.NO_ADMIN, globalAdmin),
        "user.lastGlobalAdmin");
    users.reactivate(partnerId, second.id(), globalAdmin);
    users.changeRoles(
        partnerId, globalAdmin.id(), AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN, second);
    assertThat(users.find(partnerId, globalAdmin.id()).orElseThrow().adminRole())
        .isEqualTo(AdminRole.NO_ADMIN);
  }

  @Test
  void anotherPartnersUsersDoNotExist() {
    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);
    NewPartnerUser stranger = aUser(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    UUID strangerId = partners.addUser(otherPartner, stranger, SYSTEM);

    assertThat(users.find(partnerId, strangerId)).isEmpty();
    assertThatThrownBy(() -> users.deactivate(partnerId, strangerId, globalAdmin))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                users.changeRoles(
                    partnerId, strangerId, AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN, globalAdmin))
        .isInstanceOf(NotFound.class);
    // nor may the other partner's admin act here
    Actor otherAdmin =
        Actor.partnerUser(
            partners.addUser(otherPartner, aUser(AgentRole.NONE, AdminRole.GLOBAL_ADMIN), SYSTEM),
            "other");
    assertThatThrownBy(
            () -> users.add(partnerId, invitation(AgentRole.NONE, AdminRole.NO_ADMIN), otherAdmin))
        .isInstanceOf(PermissionDenied.class);
    assertThat(partners.findSignIn(strangerId).orElseThrow().enabled()).isTrue();
  }

  @Test
  void listsAndSearchesUsersPageByPage() {
    for (int i = 0; i < 3; i++) {
      users.add(
          partnerId,
          new UserInvitation(
              "Searchable Person " + i, uniqueEmail("find"), AgentRole.NONE, AdminRole.NO_ADMIN),
          globalAdmin);
    }
    assertThat(users.list(partnerId, "searchable", PageRequest.of(0, 2)).getTotalElements())
        .isEqualTo(3);
    assertThat(users.list(partnerId, "SEARCHABLE", PageRequest.of(1, 2)).getContent()).hasSize(1);
    assertThat(users.list(partnerId, null, PageRequest.of(0, 50)).getTotalElements()).isEqualTo(5);
  }

  @Test
  void aPasswordChangeNeedsTheCurrentPasswordAndThePolicy() {
    NewPartnerUser user = aUser(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    UUID userId = partners.addUser(partnerId, user, SYSTEM);
    assertRefused(
        () -> users.changeOwnPassword(userId, "wrong", "New!Passw0rd-2026"),
        "password.current.wrong");
    assertRefused(() -> users.changeOwnPassword(userId, PASSWORD, "short"), "password.tooShort");
    assertRefused(() -> users.changeOwnPassword(userId, PASSWORD, PASSWORD), "password.unchanged");
  }

  @Test
  void repeatedWrongPasswordsPauseSignIn() {
    NewPartnerUser user = aUser(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    partners.addUser(partnerId, user, SYSTEM);
    for (int i = 0; i < 4; i++) {
      partners.recordSignInAttempt(user.email(), false);
    }
    assertThat(partners.findSignIn(user.email()).orElseThrow().lockedUntil()).isNull();
    partners.recordSignInAttempt(user.email(), false);
    assertThat(partners.findSignIn(user.email()).orElseThrow().lockedAt(java.time.Instant.now()))
        .isTrue();
  }

  private static void assertRefused(Runnable call, String messageKey) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(messageKey));
  }
}
