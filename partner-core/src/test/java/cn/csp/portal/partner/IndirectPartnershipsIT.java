package cn.csp.portal.partner;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static cn.csp.portal.testsupport.PartnerFixtures.uniqueMpnId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two-tier resale between partners (spec 2.27, 2.29 [GLOBAL]) through the facade. */
@IntegrationTest
class IndirectPartnershipsIT {

  private static final Actor SYSTEM = Actor.system("test");
  private static final Actor OPERATOR = Actor.operator(UUID.randomUUID(), "ops@21vianet.example");

  @Autowired PartnerAccounts partners;
  @Autowired PartnerStanding standing;
  @Autowired IndirectPartnerships partnerships;
  @Autowired JdbcClient jdbc;

  private Member provider;
  private Member reseller;

  /** A partner with one global admin acting for it. */
  private record Member(UUID partnerId, String mpnId, String companyName, Actor admin) {}

  @BeforeEach
  void providerAndReseller() {
    provider = aMember();
    reseller = aMember();
  }

  private Member aMember() {
    NewPartner partner = aPartner();
    UUID partnerId = partners.createPartner(partner, SYSTEM);
    Actor admin = user(partnerId, AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    return new Member(partnerId, partner.mpnId(), partner.profiles().legal().companyName(), admin);
  }

  private Actor user(UUID partnerId, AgentRole agent, AdminRole admin) {
    NewPartnerUser user = aUser(agent, admin);
    return Actor.partnerUser(partners.addUser(partnerId, user, SYSTEM), user.email());
  }

  private String request(Member from, Member to) {
    return partnerships.requestPartnership(from.partnerId(), to.mpnId(), from.admin());
  }

  private void partnersUp(Member from, Member to) {
    partnerships.authorize(request(from, to), to.partnerId(), to.admin());
  }

  @Test
  void theResellerIsMailedTheLinkAndAuthorizesTheProvider() {
    String token = request(provider, reseller);

    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    MimeMessage mail = TestMailServer.get().awaitMessage(reseller.admin().name(), 1);
    assertThat(TestMailServer.decoded(mail))
        .contains("/partners/providers/authorize/" + token)
        .contains(provider.companyName());
    PartnershipRequest asked = partnerships.findRequest(token).orElseThrow();
    assertThat(asked.providerCompanyName()).isEqualTo(provider.companyName());
    assertThat(asked.providerMpnId()).isEqualTo(provider.mpnId());
    assertThat(asked.resellerId()).isEqualTo(reseller.partnerId());
    assertThat(asked.status()).isEqualTo(PartnershipStatus.REQUESTED);
    assertThat(partnerships.resellersOf(provider.partnerId()))
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(PartnershipStatus.REQUESTED));
    assertThat(partnerships.isAuthorizedReseller(provider.partnerId(), reseller.partnerId()))
        .isFalse();

    partnerships.authorize(token, reseller.partnerId(), reseller.admin());

    assertThat(partnerships.findRequest(token).orElseThrow().status())
        .isEqualTo(PartnershipStatus.AUTHORIZED);
    IndirectPartner listedReseller =
        partnerships.resellersOf(provider.partnerId()).stream().findFirst().orElseThrow();
    assertThat(listedReseller.partnerId()).isEqualTo(reseller.partnerId());
    assertThat(listedReseller.mpnId()).isEqualTo(reseller.mpnId());
    assertThat(listedReseller.status()).isEqualTo(PartnershipStatus.AUTHORIZED);
    assertThat(listedReseller.authorizedAt()).isNotNull();
    assertThat(partnerships.providersOf(reseller.partnerId()))
        .singleElement()
        .satisfies(p -> assertThat(p.companyName()).isEqualTo(provider.companyName()));
    assertThat(partnerships.isAuthorizedReseller(provider.partnerId(), reseller.partnerId()))
        .isTrue();
    assertThat(partnerships.isResellerUnderAProvider(reseller.partnerId())).isTrue();
    assertThat(partnerships.isResellerUnderAProvider(provider.partnerId())).isFalse();
    assertThat(auditActions(provider.partnerId())).contains("partner.partnership.requested");
    assertThat(auditActions(reseller.partnerId())).contains("partner.partnership.authorized");
    assertRefused(
        () -> partnerships.authorize(token, reseller.partnerId(), reseller.admin()),
        "partners.authorize.alreadyAuthorized");
  }

  @Test
  void everyRequestOfTheProviderKnowsItProvidesOnceAResellerAuthorizesIt() {
    String token = request(provider, reseller);
    assertThat(providesForResellers(provider)).isFalse();

    partnerships.authorize(token, reseller.partnerId(), reseller.admin());

    assertThat(providesForResellers(provider)).isTrue();
    assertThat(providesForResellers(reseller)).isFalse();
    assertThat(
            jdbc.sql("select indirect_reseller from partner where id = ?")
                .param(reseller.partnerId())
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  private boolean providesForResellers(Member member) {
    return partners.findSignIn(member.admin().name()).orElseThrow().indirectProvider();
  }

  @Test
  void onlyTheNamedResellerMayAuthorize() {
    String token = request(provider, reseller);
    Member stranger = aMember();

    assertThatThrownBy(() -> partnerships.authorize(token, stranger.partnerId(), stranger.admin()))
        .isInstanceOf(NotFound.class);
    // naming the right partner does not help a user of another one
    assertThatThrownBy(() -> partnerships.authorize(token, reseller.partnerId(), stranger.admin()))
        .isInstanceOf(PermissionDenied.class);
    assertThatThrownBy(
            () -> partnerships.authorize("no-such-token", reseller.partnerId(), reseller.admin()))
        .isInstanceOf(NotFound.class);
    assertThat(partnerships.isAuthorizedReseller(provider.partnerId(), reseller.partnerId()))
        .isFalse();
  }

  @Test
  void bothSidesNeedTheRegisterResellerPermission() {
    Actor helpdesk = user(provider.partnerId(), AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);
    assertThatThrownBy(
            () -> partnerships.requestPartnership(provider.partnerId(), reseller.mpnId(), helpdesk))
        .isInstanceOfSatisfying(
            PermissionDenied.class,
            d -> assertThat(d.permission()).isEqualTo(Permission.RESELLER_REGISTER));

    Actor sales = user(provider.partnerId(), AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    String token = partnerships.requestPartnership(provider.partnerId(), reseller.mpnId(), sales);
    Actor billing = user(reseller.partnerId(), AgentRole.NONE, AdminRole.BILLING_ADMIN);
    assertThatThrownBy(() -> partnerships.authorize(token, reseller.partnerId(), billing))
        .isInstanceOf(PermissionDenied.class);
  }

  @Test
  void refusesUnknownInactiveSelfAndRepeatedRequests() {
    assertRefused(
        () ->
            partnerships.requestPartnership(provider.partnerId(), uniqueMpnId(), provider.admin()),
        "partners.request.noActivePartner");
    assertRefused(() -> request(provider, provider), "partners.request.self");
    assertThatThrownBy(
            () -> partnerships.requestPartnership(provider.partnerId(), "12ab", provider.admin()))
        .isInstanceOf(ConstraintViolationException.class);

    request(provider, reseller);
    assertRefused(() -> request(provider, reseller), "partners.request.exists");
    assertRefused(() -> request(reseller, provider), "partners.request.exists");

    Member suspended = aMember();
    standing.suspend(suspended.partnerId(), SuspensionReason.ABUSE, "Fraud review", OPERATOR);
    // a suspended reseller looks exactly like an unknown MPN ID
    assertRefused(() -> request(provider, suspended), "partners.request.noActivePartner");
  }

  @Test
  void aSuspendedProviderMayNotStartPartnerships() {
    standing.suspend(provider.partnerId(), SuspensionReason.DELINQUENCY, "Overdue", OPERATOR);
    assertRefused(() -> request(provider, reseller), "partner.suspended.DELINQUENCY");
  }

  @Test
  void aPartnerIsEitherAProviderOrAResellerInATier() {
    Member upstream = aMember();
    partnersUp(upstream, provider); // provider now resells for upstream
    assertRefused(() -> request(provider, reseller), "partners.request.providerIsReseller");

    Member downstream = aMember();
    partnersUp(reseller, downstream); // reseller now provides for downstream
    assertRefused(() -> request(aMember(), reseller), "partners.request.resellerIsProvider");
  }

  @Test
  void tiersAreCheckedAgainWhenTheResellerAuthorizes() {
    String token = request(provider, reseller);
    Member downstream = aMember();
    partnersUp(reseller, downstream);

    assertRefused(
        () -> partnerships.authorize(token, reseller.partnerId(), reseller.admin()),
        "partners.request.resellerIsProvider");
  }

  private java.util.List<String> auditActions(UUID partnerId) {
    return jdbc.sql("select action from audit_log where partner_id = ?")
        .param(partnerId)
        .query(String.class)
        .list();
  }

  private static void assertRefused(ThrowingCallable call, String messageKey) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(messageKey));
  }
}
