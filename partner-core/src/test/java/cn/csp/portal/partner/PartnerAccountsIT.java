package cn.csp.portal.partner;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PartnerFixtures;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class PartnerAccountsIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired PartnerAccounts partnerAccounts;
  @Autowired OperatorAccounts operatorAccounts;
  @Autowired AuditLog auditLog;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired JdbcClient jdbc;

  @Test
  void createsAnActivePartnerWithItsProfilesAndABillableAccount() {
    NewPartner request = aPartner("康拓索科技有限公司", 31);

    UUID partnerId = partnerAccounts.createPartner(request, SYSTEM);

    PartnerOverview overview = partnerAccounts.findOverview(partnerId).orElseThrow();
    assertThat(overview.companyName()).isEqualTo("康拓索科技有限公司");
    assertThat(overview.mpnId()).isEqualTo(request.mpnId());
    assertThat(overview.status()).isEqualTo(PartnerStatus.ACTIVE);
    assertThat(overview.billingDay()).isEqualTo(31);
    assertThat(overview.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(overview.billableAccountId()).matches("\\d{10}");
    assertThat(partnerAccounts.findProfiles(partnerId)).contains(request.profiles());
    assertThat(partnerAccounts.findPartnerIdByMpnId(request.mpnId())).contains(partnerId);
  }

  @Test
  void refusesASecondPartnerWithTheSameMpnId() {
    NewPartner first = aPartner();
    partnerAccounts.createPartner(first, SYSTEM);
    NewPartner sameMpn =
        new NewPartner(first.mpnId(), 1, ZoneId.of("Asia/Shanghai"), aPartner().profiles());

    assertThatThrownBy(() -> partnerAccounts.createPartner(sameMpn, SYSTEM))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            e -> assertThat(e.messageKey()).isEqualTo("partner.mpnId.taken"));
  }

  @Test
  void refusesAnInvalidPartnerAndSavesNothing() {
    NewPartner valid = aPartner();
    NewPartner badBillingDay =
        new NewPartner(valid.mpnId(), 32, valid.timeZone(), valid.profiles());

    assertThatThrownBy(() -> partnerAccounts.createPartner(badBillingDay, SYSTEM))
        .isInstanceOf(ConstraintViolationException.class);
    assertThat(partnerAccounts.findPartnerIdByMpnId(valid.mpnId())).isEmpty();
  }

  @Test
  void addsUsersWithHashedPasswordsAndCaseInsensitiveSignInNames() {
    UUID partnerId = partnerAccounts.createPartner(aPartner(), SYSTEM);
    NewPartnerUser request = aUser(AgentRole.SALES_AGENT, AdminRole.BILLING_ADMIN);

    UUID userId = partnerAccounts.addUser(partnerId, request, SYSTEM);

    PartnerUserSignIn signIn =
        partnerAccounts.findSignIn("  " + request.email().toUpperCase() + " ").orElseThrow();
    assertThat(signIn.userId()).isEqualTo(userId);
    assertThat(signIn.partnerId()).isEqualTo(partnerId);
    assertThat(signIn.passwordHash())
        .startsWith("{bcrypt}")
        .doesNotContain(request.initialPassword());
    assertThat(passwordEncoder.matches(request.initialPassword(), signIn.passwordHash())).isTrue();
    assertThat(signIn.permissions())
        .isEqualTo(RolePermissions.of(AgentRole.SALES_AGENT, AdminRole.BILLING_ADMIN));
  }

  @Test
  void aSignInNameBelongsToOnePersonAcrossPartnersAndOperators() {
    UUID first = partnerAccounts.createPartner(aPartner(), SYSTEM);
    UUID second = partnerAccounts.createPartner(aPartner(), SYSTEM);
    NewPartnerUser user = aUser(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    partnerAccounts.addUser(first, user, SYSTEM);

    assertThatThrownBy(() -> partnerAccounts.addUser(second, user, SYSTEM))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            e -> assertThat(e.messageKey()).isEqualTo("user.email.taken"));
    assertThatThrownBy(
            () ->
                operatorAccounts.createOperator(
                    new NewOperator("Op", user.email(), PartnerFixtures.PASSWORD), SYSTEM))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void refusesUsersForAPartnerThatDoesNotExist() {
    assertThatThrownBy(
            () ->
                partnerAccounts.addUser(
                    UUID.randomUUID(), aUser(AgentRole.NONE, AdminRole.GLOBAL_ADMIN), SYSTEM))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void auditsWhoCreatedWhat() {
    Actor operator = Actor.operator(UUID.randomUUID(), "operator@21vianet.example");
    UUID partnerId = partnerAccounts.createPartner(aPartner(), operator);
    UUID userId =
        partnerAccounts.addUser(partnerId, aUser(AgentRole.NONE, AdminRole.GLOBAL_ADMIN), operator);

    var entries = auditLog.recentForPartner(partnerId, 10);

    assertThat(entries)
        .extracting(e -> e.entry().action())
        .containsExactly("partner.user.created", "partner.created");
    var userCreated = entries.get(0);
    assertThat(userCreated.entry().actor()).isEqualTo(operator);
    assertThat(userCreated.entry().targetId()).isEqualTo(userId.toString());
    assertThat(userCreated.entry().details()).containsEntry("adminRole", "GLOBAL_ADMIN");
    assertThat(userCreated.occurredAt()).isNotNull();
  }

  @Test
  void theAuditLogRefusesUpdatesAndDeletes() {
    UUID partnerId = partnerAccounts.createPartner(aPartner(), SYSTEM);

    assertThatThrownBy(
            () ->
                jdbc.sql("update audit_log set action = 'x' where partner_id = :p")
                    .param("p", partnerId)
                    .update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                jdbc.sql("delete from audit_log where partner_id = :p")
                    .param("p", partnerId)
                    .update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThat(auditLog.recentForPartner(partnerId, 10)).hasSize(1);
  }

  @Test
  void countsPartnersByStatus() {
    long before = partnerAccounts.countPartnersByStatus().get(PartnerStatus.ACTIVE);
    partnerAccounts.createPartner(aPartner(), SYSTEM);

    var counts = partnerAccounts.countPartnersByStatus();

    assertThat(counts).containsKeys(PartnerStatus.values());
    assertThat(counts.get(PartnerStatus.ACTIVE)).isEqualTo(before + 1);
  }
}
