package cn.csp.portal.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerUser;
import cn.csp.portal.customer.CustomerUserState;
import cn.csp.portal.customer.CustomerUsers;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.ApiAccess;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.subscription.CatalogPins;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.LicensePool;
import cn.csp.portal.subscription.Licenses;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.ServiceHealth;
import cn.csp.portal.subscription.ServiceIncidentKind;
import cn.csp.portal.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest(properties = "portal.demo-data.enabled=true")
class DemoDataIT {

  @Autowired DemoDataLoader loader;
  @Autowired PartnerAccounts partners;
  @Autowired OperatorAccounts operators;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerAdminAccounts customerAdmins;
  @Autowired CustomerUsers customerUsers;
  @Autowired Licenses licenses;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired ServiceHealth serviceHealth;
  @Autowired PriceLists priceLists;
  @Autowired OfferCatalog catalog;
  @Autowired CatalogPins pins;
  @Autowired ApiAccess apiAccess;

  @Test
  void loadsTheDemoPartnerItsUsersAnOperatorAndCustomers() {
    UUID partnerId = partners.findPartnerIdByMpnId(DemoData.PARTNER_MPN_ID).orElseThrow();

    var overview = partners.findOverview(partnerId).orElseThrow();
    assertThat(overview.status()).isEqualTo(PartnerStatus.ACTIVE);
    assertThat(overview.billingDay()).isEqualTo(15);
    assertThat(partners.findProfiles(partnerId)).isPresent();
    assertThat(customers.countCustomersOf(partnerId)).isEqualTo(5);

    var admin = partners.findSignIn(DemoData.GLOBAL_ADMIN).orElseThrow();
    assertThat(admin.adminRole()).isEqualTo(AdminRole.GLOBAL_ADMIN);
    assertThat(passwordEncoder.matches(DemoData.PASSWORD, admin.passwordHash())).isTrue();
    assertThat(DemoData.USERS)
        .extracting(user -> partners.findSignIn(user.email()).orElseThrow().partnerId())
        .containsOnly(partnerId);
    assertThat(DemoData.USERS)
        .extracting(DemoData.DemoUser::agentRole)
        .contains(AgentRole.ADMIN_AGENT, AgentRole.SALES_AGENT, AgentRole.HELPDESK_AGENT);
    assertThat(operators.findSignIn(DemoData.OPERATOR)).isPresent();

    // the documented API application: client id demo-app, secret demo-app-secret
    var demoApp = apiAccess.findActiveClient(DemoData.API_CLIENT_ID).orElseThrow();
    assertThat(demoApp.partnerId()).isEqualTo(partnerId);
    assertThat(passwordEncoder.matches(DemoData.API_CLIENT_SECRET, demoApp.secretHash())).isTrue();

    // the demo customer admin signs in with the demo password, no forced change
    var customerAdmin = customerAdmins.findSignIn(DemoData.CUSTOMER_ADMIN).orElseThrow();
    assertThat(customerAdmin.mustChangePassword()).isFalse();
    assertThat(passwordEncoder.matches(DemoData.PASSWORD, customerAdmin.passwordHash())).isTrue();
    // with users in its directory, one blocked from signing in
    assertThat(
            customerUsers
                .list(customerAdmin.customerId(), null, PageRequest.of(0, 10), Actor.system("t"))
                .map(CustomerUser::state))
        .containsExactlyInAnyOrder(
            CustomerUserState.ACTIVE, CustomerUserState.ACTIVE, CustomerUserState.INACTIVE);
    // it has subscriptions, and two of its users hold E3 licenses
    assertThat(licenses.poolsOf(customerAdmin.customerId(), Actor.system("t")))
        .extracting(LicensePool::offerName, LicensePool::purchased, LicensePool::assigned)
        .containsExactlyInAnyOrder(
            tuple("Office 365 Enterprise E3", 25, 2),
            tuple("Exchange Online Archiving", 10, 0),
            tuple("Power BI Pro", 5, 0));
    // a second active partner and an applicant under review
    assertThat(partners.findSignIn(DemoData.SECOND_PARTNER_ADMIN).orElseThrow().partnerStatus())
        .isEqualTo(PartnerStatus.ACTIVE);
    assertThat(partners.findSignIn(DemoData.APPLICANT).orElseThrow().partnerStatus())
        .isEqualTo(PartnerStatus.UNDER_REVIEW);
  }

  @Test
  void theDemoOperatorPostedAResolvedIncidentAndAnOpenAdvisory() {
    var history =
        serviceHealth
            .history(
                EnumSet.of(CloudService.EXCHANGE_ONLINE, CloudService.TEAMS), Pageable.ofSize(50))
            .getContent();
    assertThat(history)
        .filteredOn(incident -> incident.title().equals(DemoData.RESOLVED_INCIDENT))
        .singleElement()
        .satisfies(
            incident -> {
              assertThat(incident.service()).isEqualTo(CloudService.EXCHANGE_ONLINE);
              assertThat(incident.isOpen()).isFalse();
              assertThat(incident.updates()).hasSize(3);
            });
    assertThat(history)
        .filteredOn(incident -> incident.title().equals(DemoData.OPEN_ADVISORY))
        .singleElement()
        .satisfies(
            advisory -> {
              assertThat(advisory.kind()).isEqualTo(ServiceIncidentKind.ADVISORY);
              assertThat(advisory.isOpen()).isTrue();
            });
  }

  @Test
  void loadingAgainChangesNothing() {
    UUID partnerId = partners.findPartnerIdByMpnId(DemoData.PARTNER_MPN_ID).orElseThrow();

    loader.run(new DefaultApplicationArguments());

    assertThat(customers.countCustomersOf(partnerId)).isEqualTo(5);
  }

  @Test
  void publishesThisAndNextMonthsPricesDraftsTheMonthAfterAndPinsTwoOffers() {
    YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    LocalDate firstDay = month.atDay(1);

    // another test may have published a month first; the demo then keeps that list
    assertThat(priceLists.publishedOn(firstDay)).isPresent();
    assertThat(priceLists.publishedOn(firstDay.plusMonths(1))).isPresent();
    assertThat(priceLists.allLists(Actor.system("test")))
        .anySatisfy(
            list -> {
              assertThat(list.month()).isEqualTo(month.plusMonths(2));
              assertThat(list.items()).hasSize(catalog.offers().size());
            });
    UUID partnerId = partners.findPartnerIdByMpnId(DemoData.PARTNER_MPN_ID).orElseThrow();
    assertThat(pins.pinnedOfferIds(partnerId))
        .extracting(id -> catalog.find(id).orElseThrow().name())
        .containsExactly("Office 365 Enterprise E3", "Office 365 Business Premium");
  }
}
