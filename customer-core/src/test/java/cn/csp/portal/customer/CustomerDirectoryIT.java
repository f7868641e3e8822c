package cn.csp.portal.customer;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.CustomerFixtures.uniquePrefix;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.SuspensionReason;
import cn.csp.portal.testsupport.IntegrationTest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CustomerDirectoryIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired CustomerDirectory customers;
  @Autowired PartnerAccounts partners;
  @Autowired PartnerStanding standing;
  @Autowired CustomerAdminAccounts admins;
  @Autowired JdbcClient jdbc;

  private UUID partnerId;

  @BeforeEach
  void partner() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
  }

  @Test
  void thePartnersCustomerCountFollowsEveryInsertAndDelete() {
    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);
    for (int i = 0; i < 3; i++) {
      customers.createCustomer(partnerId, aCustomer("Count " + i, uniquePrefix()), SYSTEM);
    }
    assertThat(customers.countCustomersOf(partnerId)).isEqualTo(3);
    assertThat(customers.countCustomersOf(otherPartner)).isZero();

    // one statement with many rows (as a COPY or a cloned partner): each partner's count moves once
    int copied =
        jdbc.sql(
                """
                insert into customer_partner_relationship
                       (partner_id, customer_id, relationship_type, delegated_admin,
                        established_at, established_by)
                select :other, customer_id, relationship_type, delegated_admin, established_at,
                       established_by
                  from customer_partner_relationship where partner_id = :partner
                """)
            .param("other", otherPartner)
            .param("partner", partnerId)
            .update();
    assertThat(copied).isEqualTo(3);
    assertThat(customers.countCustomersOf(otherPartner)).isEqualTo(3);
    // a page past the last one is counted apart, from the partner's count
    assertThat(
            customers
                .search(otherPartner, new CustomerSearch(null, null), PageRequest.of(1, 20))
                .getTotalElements())
        .isEqualTo(3);

    jdbc.sql(
            """
            delete from customer_partner_relationship
             where partner_id = :other
               and customer_id in (select customer_id from customer_partner_relationship
                                    where partner_id = :other limit 2)
            """)
        .param("other", otherPartner)
        .update();
    assertThat(customers.countCustomersOf(otherPartner)).isEqualTo(1);
    assertThat(customers.countCustomersOf(partnerId)).isEqualTo(3);
    assertThat(customers.count(otherPartner, CustomerListFilter.all())).isEqualTo(1);
    long counted =
        jdbc.sql("select count(*) from customer_partner_relationship where partner_id = :other")
            .param("other", otherPartner)
            .query(Long.class)
            .single();
    assertThat(counted).isEqualTo(1);
  }

  @Test
  void createsACustomerWithAResellerRelationshipAndDelegatedAdmin() {
    String prefix = uniquePrefix();

    CreatedCustomer created =
        customers.createCustomer(partnerId, aCustomer("北京云启科技有限公司", prefix), SYSTEM);
    UUID customerId = created.customerId();
    assertThat(created.adminSignInName()).isEqualTo("admin@" + prefix + ".partner.onmschina.cn");
    assertThat(created.temporaryPassword()).hasSize(16);
    CustomerAdminSignIn admin = admins.findSignIn(created.adminSignInName()).orElseThrow();
    assertThat(admin.customerId()).isEqualTo(customerId);
    assertThat(admin.mustChangePassword()).isTrue();
    assertThat(admin.passwordHash()).doesNotContain(created.temporaryPassword());

    assertThat(customers.countCustomersOf(partnerId)).isEqualTo(1);
    var row =
        jdbc.sql(
                """
                select c.domain, c.company_name, r.relationship_type, r.delegated_admin
                  from customer c join customer_partner_relationship r on r.customer_id = c.id
                 where c.id = :id and r.partner_id = :partner
                """)
            .param("id", customerId)
            .param("partner", partnerId)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("domain", prefix + ".partner.onmschina.cn")
        .containsEntry("company_name", "北京云启科技有限公司")
        .containsEntry("relationship_type", "RESELLER")
        .containsEntry("delegated_admin", true);
  }

  @Test
  void anotherPartnerDoesNotSeeTheCustomer() {
    customers.createCustomer(partnerId, aCustomer("Fabrikam Ltd.", uniquePrefix()), SYSTEM);
    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);

    assertThat(customers.countCustomersOf(otherPartner)).isZero();
  }

  @Test
  void readsThePartnersCustomersInBulkAndNoOneElses() {
    UUID first =
        customers.createCustomer(partnerId, aCustomer("Bulk One Ltd."), SYSTEM).customerId();
    UUID second =
        customers.createCustomer(partnerId, aCustomer("Bulk Two Ltd."), SYSTEM).customerId();
    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);
    UUID foreign =
        customers.createCustomer(otherPartner, aCustomer("Elsewhere Ltd."), SYSTEM).customerId();

    Map<UUID, CustomerOnInvoice> found =
        customers.invoiceNames(
            partnerId, List.of(first, second, first, foreign, UUID.randomUUID()));

    assertThat(found).containsOnlyKeys(first, second);
    CustomerAccount account = customers.find(partnerId, second).orElseThrow();
    assertThat(found.get(second))
        .isEqualTo(
            new CustomerOnInvoice(
                second, account.companyName(), account.domain(), account.billableAccountId()));
    assertThat(found.get(first).companyName()).isEqualTo("Bulk One Ltd.");
  }

  @Test
  void walksThePartnersCustomersInRelationshipOrderFromAPosition() {
    List<UUID> created = new ArrayList<>();
    for (String name : List.of("Contoso One", "Fabrikam", "contoso_two", "Contoso Three")) {
      created.add(customers.createCustomer(partnerId, aCustomer(name), SYSTEM).customerId());
    }
    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);
    customers.createCustomer(otherPartner, aCustomer("Contoso Elsewhere"), SYSTEM);

    List<CustomerSummary> first =
        customers.listInRelationshipOrder(partnerId, CustomerListFilter.all(), null, 3);
    assertThat(first).extracting(CustomerSummary::id).isEqualTo(created.subList(0, 3));
    List<CustomerSummary> rest =
        customers.listInRelationshipOrder(
            partnerId, CustomerListFilter.all(), CustomerListPosition.after(first.get(2)), 3);
    assertThat(rest).extracting(CustomerSummary::id).containsExactly(created.get(3));
    assertThat(customers.count(partnerId, CustomerListFilter.all())).isEqualTo(4);

    // a prefix in any case; "_" is no wildcard
    CustomerListFilter contoso =
        CustomerListFilter.startingWith(CustomerListFilter.Field.COMPANY_NAME, "CONTOSO");
    assertThat(customers.listInRelationshipOrder(partnerId, contoso, null, 10))
        .extracting(CustomerSummary::companyName)
        .containsExactly("Contoso One", "contoso_two", "Contoso Three");
    assertThat(customers.count(partnerId, contoso)).isEqualTo(3);
    CustomerListFilter underscore =
        CustomerListFilter.startingWith(CustomerListFilter.Field.COMPANY_NAME, "contoso_");
    assertThat(customers.listInRelationshipOrder(partnerId, underscore, null, 10))
        .extracting(CustomerSummary::companyName)
        .containsExactly("contoso_two");
    CustomerSummary fabrikam = first.get(1);
    CustomerListFilter domain =
        CustomerListFilter.startingWith(
            CustomerListFilter.Field.DOMAIN,
            fabrikam.domain().substring(0, fabrikam.domain().indexOf('.')).toUpperCase());
    assertThat(customers.listInRelationshipOrder(partnerId, domain, null, 10))
        .extracting(CustomerSummary::id)
        .containsExactly(fabrikam.id());
  }

  @Test
  void aSuspendedPartnerCannotAddCustomersUntilReinstated() {
    Actor operator = Actor.operator(UUID.randomUUID(), "op@21vianet.example");
    standing.suspend(partnerId, SuspensionReason.DELINQUENCY, "Invoice 61 days overdue", operator);
    String prefix = uniquePrefix();
    assertThatThrownBy(
            () -> customers.createCustomer(partnerId, aCustomer("Blocked Ltd.", prefix), SYSTEM))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> assertThat(v.messageKey()).isEqualTo("partner.suspended.DELINQUENCY"));
    assertThat(customers.countCustomersOf(partnerId)).isZero();

    standing.reinstate(partnerId, "Paid in full", operator);
    customers.createCustomer(partnerId, aCustomer("Allowed Ltd.", prefix), SYSTEM);
    assertThat(customers.countCustomersOf(partnerId)).isEqualTo(1);
  }

  @Test
  void refusesATakenDomainWhateverItsCase() {
    String prefix = uniquePrefix();
    customers.createCustomer(partnerId, aCustomer("First", prefix), SYSTEM);

    assertThat(customers.isDomainAvailable(prefix.toUpperCase())).isFalse();
    assertThatThrownBy(
            () ->
                customers.createCustomer(
                    partnerId, aCustomer("Second", prefix.toUpperCase()), SYSTEM))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            e -> assertThat(e.messageKey()).isEqualTo("customer.domain.taken"));
    assertThat(customers.countCustomersOf(partnerId)).isEqualTo(1);
  }

  @Test
  void refusesAnInvalidDomainPrefixAndSavesNothing() {
    assertThat(customers.isDomainAvailable("no dots.allowed")).isFalse();
    assertThatThrownBy(
            () -> customers.createCustomer(partnerId, aCustomer("Bad", "bad.prefix"), SYSTEM))
        .isInstanceOf(ConstraintViolationException.class);
    assertThat(customers.countCustomersOf(partnerId)).isZero();
  }

  @Test
  void refusesACustomerForAnUnknownPartner() {
    assertThatThrownBy(
            () ->
                customers.createCustomer(
                    UUID.randomUUID(), aCustomer("Orphan", uniquePrefix()), SYSTEM))
        .isInstanceOf(NotFound.class);
  }
}
