package cn.csp.portal.customer;

import static cn.csp.portal.testsupport.CustomerFixtures.aBillingProfile;
import static cn.csp.portal.testsupport.CustomerFixtures.uniquePrefix;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.Contact;
import cn.csp.portal.partner.IndirectPartnerships;
import cn.csp.portal.partner.NewPartner;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Two-tier resale end to end (spec 2.27): a provider and its authorized reseller; the provider adds
 * a customer for the reseller and filters its list by reseller; the reseller has no invitation link
 * of its own.
 */
@IntegrationTest
class TwoTierCustomersIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired PartnerAccounts partners;
  @Autowired IndirectPartnerships partnerships;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerRelationships relationships;
  @Autowired CustomerAdminAccounts admins;

  private UUID provider;
  private Actor providerAgent;
  private UUID reseller;
  private Actor resellerAgent;

  @BeforeEach
  void authorizedProviderAndReseller() {
    provider = partners.createPartner(aPartner(), SYSTEM);
    providerAgent = member(provider);
    NewPartner resellerPartner = aPartner();
    reseller = partners.createPartner(resellerPartner, SYSTEM);
    resellerAgent = member(reseller);
    String token =
        partnerships.requestPartnership(provider, resellerPartner.mpnId(), providerAgent);
    partnerships.authorize(token, reseller, resellerAgent);
  }

  private Actor member(UUID partnerId) {
    NewPartnerUser user = aUser(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    return Actor.partnerUser(partners.addUser(partnerId, user, SYSTEM), user.email());
  }

  private NewCustomer forReseller(UUID resellerId) {
    String prefix = uniquePrefix();
    return new NewCustomer(
        "Proseware " + prefix,
        prefix,
        new Contact("Min", "Zhou", "it@" + prefix + ".example.cn", null),
        aBillingProfile("Proseware", prefix),
        resellerId);
  }

  @Test
  void theProviderAddsACustomerForItsResellerAndFiltersByIt() {
    UUID forResellerId =
        customers.createCustomer(provider, forReseller(reseller), providerAgent).customerId();
    customers.createCustomer(provider, forReseller(null), providerAgent);

    assertThat(
            customers.search(provider, new CustomerSearch(null, reseller), PageRequest.of(0, 10)))
        .extracting(CustomerSummary::id)
        .containsExactly(forResellerId);
    assertThat(customers.find(provider, forResellerId).orElseThrow().resellerPartnerId())
        .isEqualTo(reseller);
  }

  @Test
  void customersCannotBeCreatedForAPartnerThatHasNotAuthorizedTheProvider() {
    UUID stranger = partners.createPartner(aPartner(), SYSTEM);
    assertThatThrownBy(
            () -> customers.createCustomer(provider, forReseller(stranger), providerAgent))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> {
              assertThat(v.messageKey()).isEqualTo("customer.reseller.notAuthorized");
              assertThat(v.field()).isEqualTo("resellerPartnerId");
            });
    assertThat(customers.countCustomersOf(provider)).isZero();
  }

  @Test
  void aCustomerAcceptingTheLinkTheResellerForwardedGetsBothAsPartners() {
    String resellerMpn = partners.findOverview(reseller).orElseThrow().mpnId();
    ProviderInvitation link = relationships.providerInvitationsFor(reseller, resellerAgent).get(0);
    assertThat(link.path()).endsWith("?reseller=" + resellerMpn);
    String token = relationships.invitationOf(provider, providerAgent).token();

    UUID elsewhere = partners.createPartner(aPartner(), SYSTEM);
    CreatedCustomer customer =
        customers.createCustomer(
            elsewhere, cn.csp.portal.testsupport.CustomerFixtures.aCustomer("Lamna"), SYSTEM);
    Actor admin =
        Actor.customerAdmin(
            admins.findSignIn(customer.adminSignInName()).orElseThrow().adminId(), "admin");

    assertThat(relationships.findInvitation(token, resellerMpn).orElseThrow().resellerId())
        .isEqualTo(reseller);
    relationships.acceptInvitation(token, resellerMpn, customer.customerId(), admin);

    assertThat(customers.find(provider, customer.customerId()).orElseThrow().resellerPartnerId())
        .isEqualTo(reseller);
    assertThat(customers.find(reseller, customer.customerId()).orElseThrow().delegatedAdmin())
        .isTrue();
  }

  @Test
  void aForgedResellerOnTheLinkIsNoInvitation() {
    String token = relationships.invitationOf(provider, providerAgent).token();
    String stranger =
        partners.findOverview(partners.createPartner(aPartner(), SYSTEM)).orElseThrow().mpnId();
    assertThat(relationships.findInvitation(token, stranger)).isEmpty();
    assertThat(relationships.findInvitation(token, "not-an-mpn")).isEmpty();
  }

  @Test
  void theResellerUsesTheProvidersInvitationLink() {
    assertThatThrownBy(() -> relationships.invitationOf(reseller, resellerAgent))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> assertThat(v.messageKey()).isEqualTo("relationship.invitation.useProviderLink"));
    assertThat(relationships.invitationOf(provider, providerAgent).token()).isNotBlank();
  }
}
