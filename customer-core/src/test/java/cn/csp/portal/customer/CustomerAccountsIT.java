package cn.csp.portal.customer;

import static cn.csp.portal.testsupport.CustomerFixtures.aBillingProfile;
import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.CustomerFixtures.uniquePrefix;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.Contact;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.testsupport.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The customer list, account and edits (spec 2.18, 2.19), always scoped to the asking partner. */
@IntegrationTest
class CustomerAccountsIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired CustomerDirectory customers;
  @Autowired PartnerAccounts partners;

  private UUID partnerId;

  @BeforeEach
  void partner() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
  }

  private Actor member(AgentRole agent, AdminRole admin) {
    NewPartnerUser user = aUser(agent, admin);
    return Actor.partnerUser(partners.addUser(partnerId, user, SYSTEM), user.email());
  }

  @Test
  void searchesByNameOrDomainInAnyCaseAndChineseTextPageByPage() {
    String tag = uniquePrefix();
    customers.createCustomer(partnerId, aCustomer("北京云启科技有限公司 " + tag), SYSTEM);
    customers.createCustomer(partnerId, aCustomer("Fabrikam Trading " + tag), SYSTEM);
    customers.createCustomer(partnerId, aCustomer("Northwind 100% Traders"), SYSTEM);
    String domainPrefix = uniquePrefix();
    customers.createCustomer(partnerId, aCustomer("Tailspin", domainPrefix), SYSTEM);

    assertThat(search("云启"))
        .extracting(CustomerSummary::companyName)
        .allMatch(n -> n.contains("云启"));
    assertThat(search("FABRIKAM")).hasSize(1);
    assertThat(search("fabri")).hasSize(1); // prefix
    assertThat(search("rikam")).hasSize(1); // contains
    assertThat(search(domainPrefix))
        .extracting(CustomerSummary::companyName)
        .containsExactly("Tailspin");
    assertThat(search("100%")).hasSize(1); // % is no wildcard
    assertThat(search("%")).hasSize(1); // only the name with a literal %
    assertThat(search("_")).isEmpty();
    assertThat(search(tag)).hasSize(2);

    var firstPage =
        customers.search(
            partnerId, CustomerSearch.all(), PageRequest.of(0, 3, Sort.by("companyName")));
    assertThat(firstPage.getTotalElements()).isEqualTo(4);
    assertThat(firstPage.getContent()).hasSize(3);
    assertThat(firstPage.getContent().get(0).companyName()).isEqualTo("Fabrikam Trading " + tag);
    // descending too; a property the list does not offer is ignored, never written into the SQL
    var byDomainDescending =
        customers.search(
            partnerId,
            CustomerSearch.all(),
            PageRequest.of(
                0, 10, Sort.by(Sort.Order.desc("domain"), Sort.Order.asc("id; drop table x"))));
    assertThat(byDomainDescending.getContent())
        .hasSize(4)
        .extracting(CustomerSummary::domain)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    // the total comes with the rows, on a last page too, and past the end from a count of its own
    var lastPage =
        customers.search(
            partnerId, CustomerSearch.all(), PageRequest.of(1, 3, Sort.by("companyName")));
    assertThat(lastPage.getContent()).hasSize(1);
    assertThat(lastPage.getTotalElements()).isEqualTo(4);
    var pastTheEnd =
        customers.search(
            partnerId, new CustomerSearch(tag, null), PageRequest.of(5, 3, Sort.by("domain")));
    assertThat(pastTheEnd.getContent()).isEmpty();
    assertThat(pastTheEnd.getTotalElements()).isEqualTo(2);
    assertThat(
            customers
                .search(partnerId, new CustomerSearch("no such name", null), PageRequest.of(0, 3))
                .getTotalElements())
        .isZero();
  }

  private java.util.List<CustomerSummary> search(String text) {
    return customers
        .search(partnerId, new CustomerSearch(text, null), PageRequest.of(0, 50))
        .getContent();
  }

  @Test
  void anotherPartnerFindsNothing() {
    UUID customerId =
        customers.createCustomer(partnerId, aCustomer("Contoso Pharma"), SYSTEM).customerId();
    UUID other = partners.createPartner(aPartner(), SYSTEM);
    assertThat(customers.find(other, customerId)).isEmpty();
    assertThat(
            customers.search(
                other, new CustomerSearch("Contoso Pharma", null), PageRequest.of(0, 5)))
        .isEmpty();
    NewPartnerUser otherAdmin = aUser(AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    Actor intruder = Actor.partnerUser(partners.addUser(other, otherAdmin, SYSTEM), "x");
    assertThatThrownBy(
            () ->
                customers.updateCompanyDetails(
                    other,
                    customerId,
                    new CompanyDetails("Hijacked", new Contact("A", "B", "a@b.cn", null)),
                    intruder))
        .isInstanceOf(NotFound.class);
    assertThat(customers.find(partnerId, customerId).orElseThrow().companyName())
        .isEqualTo("Contoso Pharma");
  }

  @Test
  void helpDeskAgentsEditCompanyDetailsButNotTheBillingProfile() {
    String prefix = uniquePrefix();
    UUID customerId =
        customers.createCustomer(partnerId, aCustomer("Woodgrove", prefix), SYSTEM).customerId();
    Actor helpdesk = member(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);

    customers.updateCompanyDetails(
        partnerId,
        customerId,
        new CompanyDetails("Woodgrove Bank", new Contact("Lei", "Zhao", "zl@woodgrove.cn", null)),
        helpdesk);
    assertThat(customers.find(partnerId, customerId).orElseThrow().companyName())
        .isEqualTo("Woodgrove Bank");

    CustomerBillingProfile changed = aBillingProfile("Woodgrove Billing", prefix);
    assertThatThrownBy(
            () -> customers.updateBillingProfile(partnerId, customerId, changed, helpdesk))
        .isInstanceOfSatisfying(
            PermissionDenied.class,
            d -> assertThat(d.permission().name()).isEqualTo("CUSTOMER_EDIT_BILLING"));
    customers.updateBillingProfile(
        partnerId, customerId, changed, member(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN));
    assertThat(customers.find(partnerId, customerId).orElseThrow().billing().companyName())
        .isEqualTo("Woodgrove Billing");
  }

  @Test
  void onlyRolesThatMayCreateCustomersCreateThem() {
    assertThatThrownBy(
            () ->
                customers.createCustomer(
                    partnerId,
                    aCustomer("Not allowed"),
                    member(AgentRole.HELPDESK_AGENT, AdminRole.BILLING_ADMIN)))
        .isInstanceOf(PermissionDenied.class);
    assertThat(customers.countCustomersOf(partnerId)).isZero();
    customers.createCustomer(
        partnerId, aCustomer("Allowed"), member(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN));
    assertThat(customers.countCustomersOf(partnerId)).isEqualTo(1);
  }
}
