package cn.csp.portal.customer;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.Contact;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.partner.SuspensionReason;
import cn.csp.portal.testsupport.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Reseller relationship requests, acceptance and delegated admin revocation (spec 2.28, 2.29). */
@IntegrationTest
class CustomerRelationshipsIT {

  private static final Actor SYSTEM = Actor.system("test");
  private static final PageRequest PAGE = PageRequest.of(0, 10);

  @Autowired CustomerDirectory customers;
  @Autowired CustomerRelationships relationships;
  @Autowired CustomerAdminAccounts admins;
  @Autowired PartnerAccounts partners;
  @Autowired PartnerStanding standing;

  private UUID partnerA;
  private UUID partnerB;
  private Actor salesOfB;
  private UUID customerId;
  private Actor customerAdmin;

  @BeforeEach
  void aCustomerOfPartnerA() {
    partnerA = partners.createPartner(aPartner(), SYSTEM);
    partnerB = partners.createPartner(aPartner(), SYSTEM);
    NewPartnerUser sales = aUser(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    salesOfB = Actor.partnerUser(partners.addUser(partnerB, sales, SYSTEM), sales.email());
    CreatedCustomer created = customers.createCustomer(partnerA, aCustomer("Litware Inc."), SYSTEM);
    customerId = created.customerId();
    CustomerAdminSignIn admin = admins.findSignIn(created.adminSignInName()).orElseThrow();
    customerAdmin = Actor.customerAdmin(admin.adminId(), admin.email());
  }

  @Test
  void theInvitationIsOnePermanentReusableLinkWithoutCustomerData() {
    Invitation first = relationships.invitationOf(partnerB, salesOfB);
    Invitation again = relationships.invitationOf(partnerB, salesOfB);
    assertThat(again.token()).isEqualTo(first.token());
    assertThat(first.path()).isEqualTo("/admin-center/invitations/" + first.token());
    assertThat(first.token()).hasSize(32).doesNotContain(customerId.toString());

    relationships.updateInvitationText(
        partnerB, new InvitationText("我们是您的新合作伙伴。", "Second paragraph"), salesOfB);
    Invitation rewritten = relationships.invitationOf(partnerB, salesOfB);
    assertThat(rewritten.paragraph1()).isEqualTo("我们是您的新合作伙伴。");
    assertThat(rewritten.token()).isEqualTo(first.token());

    NewPartnerUser helpdesk = aUser(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);
    Actor helpdeskOfB = Actor.partnerUser(partners.addUser(partnerB, helpdesk, SYSTEM), "h");
    assertThatThrownBy(() -> relationships.invitationOf(partnerB, helpdeskOfB))
        .isInstanceOf(PermissionDenied.class);
  }

  @Test
  void anAcceptedInvitationAddsTheCustomerToThePartnersListWithDelegatedAdmin() {
    String token = relationships.invitationOf(partnerB, salesOfB).token();
    assertThat(relationships.findInvitation(token).orElseThrow().partnerId()).isEqualTo(partnerB);
    assertThat(customers.find(partnerB, customerId)).isEmpty();

    relationships.acceptInvitation(token, customerId, customerAdmin);

    assertThat(customers.find(partnerB, customerId).orElseThrow().delegatedAdmin()).isTrue();
    assertThat(customers.search(partnerB, CustomerSearch.all(), PageRequest.of(0, 10)))
        .extracting(CustomerSummary::id)
        .containsExactly(customerId);
    assertThat(relationships.partnersOf(customerId))
        .extracting(CustomerPartner::partnerId)
        .containsExactly(partnerA, partnerB);
  }

  /** Each partner's list searches its own copy of the customer's name: a rename reaches both. */
  @Test
  void bothPartnersFindACustomerSharedByThemByItsNewNameOnly() {
    relationships.acceptInvitation(
        relationships.invitationOf(partnerB, salesOfB).token(), customerId, customerAdmin);

    customers.updateCompanyDetails(
        partnerA,
        customerId,
        new CompanyDetails("Fabrikam 北京", new Contact("Lei", "Zhao", "zl@fabrikam.cn", null)),
        SYSTEM);

    for (UUID partner : List.of(partnerA, partnerB)) {
      assertThat(customers.search(partner, new CustomerSearch("fabrikam 北", null), PAGE))
          .extracting(CustomerSummary::id, CustomerSummary::companyName)
          .containsExactly(tuple(customerId, "Fabrikam 北京"));
      assertThat(customers.search(partner, new CustomerSearch("Litware", null), PAGE)).isEmpty();
    }
  }

  @Test
  void revokingDelegatedAdminKeepsTheCustomerInTheList() {
    relationships.revokeDelegatedAdmin(customerId, partnerA, customerAdmin);

    CustomerAccount account = customers.find(partnerA, customerId).orElseThrow();
    assertThat(account.delegatedAdmin()).isFalse();
    assertThat(relationships.hasDelegatedAdmin(partnerA, customerId)).isFalse();
    assertThat(relationships.partnersOf(customerId).get(0).delegatedAdminRevokedAt()).isNotNull();

    // accepting the partner's invitation again restores it
    String token = relationships.invitationOf(partnerA, SYSTEM).token();
    relationships.acceptInvitation(token, customerId, customerAdmin);
    assertThat(relationships.hasDelegatedAdmin(partnerA, customerId)).isTrue();
  }

  @Test
  void forgedTokensAndPartnersAcceptingForCustomersAreRefused() {
    assertThat(relationships.findInvitation("not-a-token")).isEmpty();
    assertThat(relationships.findInvitation("x".repeat(500))).isEmpty();
    assertThatThrownBy(() -> relationships.acceptInvitation("forged", customerId, customerAdmin))
        .isInstanceOf(NotFound.class);
    String token = relationships.invitationOf(partnerB, salesOfB).token();
    assertThatThrownBy(() -> relationships.acceptInvitation(token, customerId, salesOfB))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> relationships.revokeDelegatedAdmin(customerId, partnerA, salesOfB))
        .isInstanceOf(NotFound.class);
    assertThat(customers.find(partnerB, customerId)).isEmpty();
  }

  @Test
  void aCustomerAdminActsOnlyForItsOwnCustomer() {
    CreatedCustomer other = customers.createCustomer(partnerB, aCustomer("Fabrikam"), SYSTEM);
    String token = relationships.invitationOf(partnerB, salesOfB).token();
    // the admin of one customer names another customer: neither accepting nor revoking reaches it
    assertThatThrownBy(
            () -> relationships.acceptInvitation(token, other.customerId(), customerAdmin))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> relationships.revokeDelegatedAdmin(other.customerId(), partnerB, customerAdmin))
        .isInstanceOf(NotFound.class);
    assertThat(relationships.hasDelegatedAdmin(partnerB, other.customerId())).isTrue();
    assertThat(customers.find(partnerB, customerId)).isEmpty();
  }

  @Test
  void aSuspendedPartnersInvitationCannotBeAccepted() {
    String token = relationships.invitationOf(partnerB, salesOfB).token();
    standing.suspend(
        partnerB, SuspensionReason.ABUSE, "Fraud report", Actor.operator(UUID.randomUUID(), "op"));
    assertThatThrownBy(() -> relationships.acceptInvitation(token, customerId, customerAdmin))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> assertThat(v.messageKey()).isEqualTo("partner.suspended.ABUSE"));
    assertThat(customers.find(partnerB, customerId)).isEmpty();
  }

  @Test
  void theCustomerAdminMustReplaceTheTemporaryPassword() {
    CustomerAdminSignIn admin = admins.findSignIn(customerAdmin.id()).orElseThrow();
    assertThat(admin.mustChangePassword()).isTrue();
    assertThatThrownBy(
            () -> admins.changeOwnPassword(admin.adminId(), "wrong", "Litware!Admin-2026"))
        .isInstanceOf(BusinessRuleViolation.class);
  }
}
