package cn.csp.portal.partner;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.ApiAccess.ApiApplicationSummary;
import cn.csp.portal.partner.ApiAccess.IssuedClientSecret;
import cn.csp.portal.partner.ApiAccess.PersonalApiToken;
import cn.csp.portal.testsupport.IntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** API applications, personal tokens and the signing key, through the facade, on PostgreSQL. */
@IntegrationTest
class ApiAccessIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired ApiAccess access;
  @Autowired PartnerAccounts partners;
  @Autowired PartnerPermissions permissions;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired AuditLog auditLog;

  private UUID partnerId;
  private Actor globalAdmin;
  private Actor adminAgent;

  @BeforeEach
  void partnerWithUsers() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    globalAdmin = member(partnerId, AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    adminAgent = member(partnerId, AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
  }

  private Actor member(UUID partner, AgentRole agent, AdminRole admin) {
    NewPartnerUser user = aUser(agent, admin);
    return Actor.partnerUser(partners.addUser(partner, user, SYSTEM), user.email());
  }

  @Test
  void registersAnApplicationWhoseSecretOnlyItsHashKeeps() {
    IssuedClientSecret issued =
        access.registerApplication(partnerId, " Billing sync ", globalAdmin);

    assertThat(issued.clientSecret()).hasSize(43); // 256 bits, base64url
    var client = access.findActiveClient(issued.clientId()).orElseThrow();
    assertThat(client.partnerId()).isEqualTo(partnerId);
    assertThat(client.secretHash()).doesNotContain(issued.clientSecret());
    assertThat(passwordEncoder.matches(issued.clientSecret(), client.secretHash())).isTrue();
    assertThat(access.applications(partnerId))
        .singleElement()
        .satisfies(
            app -> {
              assertThat(app.displayName()).isEqualTo("Billing sync");
              assertThat(app.clientId()).isEqualTo(issued.clientId());
              assertThat(app.active()).isTrue();
              assertThat(app.secretRotatedAt()).isNull();
            });
    assertThat(auditLog.recentForPartner(partnerId, 5))
        .anySatisfy(
            e -> assertThat(e.entry().action()).isEqualTo("partner.apiApplication.registered"));
  }

  @Test
  void onlyThoseWhoMayManageTheApiManageApplications() {
    assertThatThrownBy(() -> access.registerApplication(partnerId, "App", adminAgent))
        .isInstanceOf(PermissionDenied.class);
    IssuedClientSecret issued = access.registerApplication(partnerId, "App", globalAdmin);
    assertThatThrownBy(() -> access.rotateSecret(partnerId, issued.applicationId(), adminAgent))
        .isInstanceOf(PermissionDenied.class);
    assertThatThrownBy(
            () -> access.revokeApplication(partnerId, issued.applicationId(), adminAgent))
        .isInstanceOf(PermissionDenied.class);
  }

  @Test
  void rotatingReplacesTheSecretAndRevokingEndsTheApplication() {
    IssuedClientSecret first = access.registerApplication(partnerId, "App", globalAdmin);
    IssuedClientSecret second = access.rotateSecret(partnerId, first.applicationId(), globalAdmin);

    String hash = access.findActiveClient(first.clientId()).orElseThrow().secretHash();
    assertThat(second.clientId()).isEqualTo(first.clientId());
    assertThat(passwordEncoder.matches(first.clientSecret(), hash)).isFalse();
    assertThat(passwordEncoder.matches(second.clientSecret(), hash)).isTrue();
    ApiApplicationSummary rotated =
        access.findApplication(partnerId, first.applicationId()).orElseThrow();
    assertThat(rotated.secretRotatedAt()).isNotNull();
    assertThat(rotated.accepts(rotated.secretRotatedAt().minusSeconds(5))).isFalse();
    assertThat(rotated.accepts(rotated.secretRotatedAt().plusSeconds(1))).isTrue();

    access.revokeApplication(partnerId, first.applicationId(), globalAdmin);
    assertThat(access.findActiveClient(first.clientId())).isEmpty();
    assertThat(access.findApplication(partnerId, first.applicationId()).orElseThrow().active())
        .isFalse();
    assertThatThrownBy(() -> access.rotateSecret(partnerId, first.applicationId(), globalAdmin))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void anotherPartnersApplicationIsNotFound() {
    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);
    Actor otherAdmin = member(otherPartner, AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    IssuedClientSecret issued = access.registerApplication(partnerId, "App", globalAdmin);

    assertThat(access.findApplication(otherPartner, issued.applicationId())).isEmpty();
    assertThatThrownBy(
            () -> access.revokeApplication(otherPartner, issued.applicationId(), otherAdmin))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void anApplicationMayDoTheAppOnlyScenariosWhileActiveAndOnlyForItsPartner() {
    IssuedClientSecret issued = access.registerApplication(partnerId, "App", globalAdmin);
    Actor app = Actor.apiApplication(issued.applicationId(), issued.clientId());
    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);

    for (Permission permission : Permission.values()) {
      assertThat(permissions.has(partnerId, app, permission))
          .as(permission.name())
          .isEqualTo(RolePermissions.API_APPLICATION.contains(permission));
    }
    permissions.require(partnerId, app, Permission.CUSTOMER_CREATE);
    assertThatThrownBy(() -> permissions.require(partnerId, app, Permission.USER_MANAGE))
        .isInstanceOf(PermissionDenied.class);
    assertThat(permissions.has(otherPartner, app, Permission.CUSTOMER_VIEW)).isFalse();
    assertThat(
            permissions.has(
                partnerId,
                Actor.apiApplication(UUID.randomUUID(), "unknown"),
                Permission.CUSTOMER_VIEW))
        .isFalse();

    access.revokeApplication(partnerId, issued.applicationId(), globalAdmin);
    assertThat(permissions.has(partnerId, app, Permission.CUSTOMER_VIEW)).isFalse();
    assertThatThrownBy(() -> permissions.require(partnerId, app, Permission.CUSTOMER_VIEW))
        .isInstanceOf(PermissionDenied.class);
  }

  @Test
  void theSystemMayProvisionAFixedClientIdOnce() {
    String clientId = "fixed-" + UUID.randomUUID();
    access.provisionApplication(partnerId, "Demo", clientId, "a-known-secret", SYSTEM);

    var client = access.findActiveClient(clientId).orElseThrow();
    assertThat(passwordEncoder.matches("a-known-secret", client.secretHash())).isTrue();
    assertThatThrownBy(
            () -> access.provisionApplication(partnerId, "Demo", clientId, "other", SYSTEM))
        .isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(
            () ->
                access.provisionApplication(
                    partnerId, "Demo", "picked-" + UUID.randomUUID(), "x", globalAdmin))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void personalTokensBelongToTheirUser() {
    PersonalApiToken token =
        access.createPersonalToken(partnerId, "CLI", PersonalTokenValidity.DAYS_90, adminAgent);

    assertThat(Duration.between(token.createdAt(), token.expiresAt()))
        .isEqualTo(Duration.ofDays(90));
    assertThat(token.userId()).isEqualTo(adminAgent.id());
    assertThat(access.personalTokens(partnerId, adminAgent.id()))
        .extracting("id")
        .containsExactly(token.id());
    assertThat(access.personalTokens(partnerId, globalAdmin.id())).isEmpty();
    assertThatThrownBy(() -> access.revokePersonalToken(partnerId, token.id(), globalAdmin))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                access.createPersonalToken(partnerId, "Job", PersonalTokenValidity.DAYS_30, SYSTEM))
        .isInstanceOf(BusinessRuleViolation.class);

    access.revokePersonalToken(partnerId, token.id(), adminAgent);
    PersonalApiToken revoked = access.findPersonalToken(partnerId, token.id()).orElseThrow();
    assertThat(revoked.activeAt(revoked.createdAt())).isFalse();
    assertThat(access.findPersonalToken(UUID.randomUUID(), token.id())).isEmpty();
  }

  @Test
  void theSigningKeyIsCreatedOnceAndKept() {
    ApiSigningKey key = access.signingKey();

    assertThat(key.publicKey().getModulus().bitLength()).isEqualTo(2048);
    assertThat(access.signingKey().keyId()).isEqualTo(key.keyId());
  }
}
