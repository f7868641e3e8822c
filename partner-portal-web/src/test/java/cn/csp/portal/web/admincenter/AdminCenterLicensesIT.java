package cn.csp.portal.web.admincenter;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerUsers;
import cn.csp.portal.customer.NewCustomerUser;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.subscription.LicenseAssignment;
import cn.csp.portal.subscription.Licenses;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.Subscription;
import cn.csp.portal.subscription.SubscriptionSuspensionReason;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PriceListFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Licenses in the admin center (spec 2.22, 2.23): the customer admin assigns the licenses of a
 * subscription up to its quantity and is told, in its language, why one more is refused; a
 * suspended subscription says what suspension means; another customer's users and subscriptions are
 * not found; nothing on these pages changes a subscription.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AdminCenterLicensesIT {

  private static final Actor SYSTEM = Actor.system("test");
  private static final String ADMIN_PASSWORD = "Harbour!Lantern-2041";
  private static final String E3 = "Office 365 Enterprise E3";

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerAdminAccounts customerAdmins;
  @Autowired CustomerUsers users;
  @Autowired Subscriptions subscriptions;
  @Autowired Licenses licenses;
  @Autowired OfferCatalog catalog;
  @Autowired PriceLists priceLists;

  private UUID partnerId;
  private CreatedCustomer customer;
  private MockHttpSession admin;

  @BeforeEach
  void aSignedInCustomerAdmin() throws Exception {
    PriceListFixtures.ensurePublishedAround(
        priceLists, catalog, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    customer = customers.createCustomer(partnerId, aCustomer("Litware Inc."), SYSTEM);
    admin = signedIn(customer);
  }

  private MockHttpSession signedIn(CreatedCustomer created) throws Exception {
    customerAdmins.changeOwnPassword(
        customerAdmins.findSignIn(created.adminSignInName()).orElseThrow().adminId(),
        created.temporaryPassword(),
        ADMIN_PASSWORD);
    MockHttpSession session =
        (MockHttpSession)
            mvc.perform(
                    formLogin("/admin-center/login")
                        .user(created.adminSignInName())
                        .password(ADMIN_PASSWORD))
                .andExpect(redirectedUrl("/admin-center"))
                .andReturn()
                .getRequest()
                .getSession(false);
    mvc.perform(get("/admin-center").param("lang", "en").session(session))
        .andExpect(status().isOk());
    return session;
  }

  private Subscription buy(CreatedCustomer forCustomer, String offerName, int quantity) {
    Offer offer =
        catalog.offers().stream().filter(o -> o.name().equals(offerName)).findFirst().orElseThrow();
    UUID id =
        subscriptions
            .placeOrder(
                partnerId,
                forCustomer.customerId(),
                new NewOrder(
                    UUID.randomUUID().toString(),
                    List.of(new OrderLine(offer.offerId(), quantity, null, null))),
                SYSTEM)
            .lines()
            .get(0)
            .subscriptionId();
    return subscriptions.find(partnerId, forCustomer.customerId(), id, SYSTEM);
  }

  private UUID aUser(CreatedCustomer of, String name) {
    return users
        .create(
            of.customerId(),
            new NewCustomerUser(name, "Test", name + " Test", name + "@" + of.domain(), "CN", null),
            SYSTEM)
        .user()
        .id();
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).session(admin))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private static String assignPath(UUID userId, UUID subscriptionId) {
    return "/admin-center/users/" + userId + "/licenses/" + subscriptionId + "/assign";
  }

  private static String unassignPath(UUID userId, UUID subscriptionId) {
    return "/admin-center/users/" + userId + "/licenses/" + subscriptionId + "/unassign";
  }

  private List<UUID> holdersOf(UUID subscriptionId) {
    return licenses.assignmentsOf(customer.customerId(), SYSTEM).stream()
        .filter(a -> a.subscriptionId().equals(subscriptionId))
        .map(LicenseAssignment::customerUserId)
        .toList();
  }

  @Test
  void theAdminAssignsUpToTheQuantityIsRefusedBeyondItAndUnassigns() throws Exception {
    Subscription e3 = buy(customer, E3, 2);
    UUID li = aUser(customer, "li");
    UUID wang = aUser(customer, "wang");
    UUID zhao = aUser(customer, "zhao");

    // the Licenses page: bought, assigned, available
    Document pools = page("/admin-center/licenses");
    Element pool = pools.getElementById("pool-" + e3.id());
    assertThat(pool.select(".pool-name").text()).contains(E3);
    assertThat(pool.select(".pool-status").text()).isEqualTo("Active");
    assertThat(pool.select(".pool-purchased").text()).isEqualTo("2");
    assertThat(pool.select(".pool-assigned").text()).isEqualTo("0");
    assertThat(pool.select(".pool-available").text()).isEqualTo("2");
    // the customer cannot change subscriptions here: the page posts nothing
    assertThat(pools.select("#content form")).isEmpty();

    // the user's page offers the license
    Element row = page("/admin-center/users/" + li).getElementById("license-" + e3.id());
    assertThat(row.getElementById("assign-" + e3.id())).isNotNull();
    assertThat(row.select(".pool-available").text()).isEqualTo("2 of 2 available");

    for (UUID user : List.of(li, wang)) {
      mvc.perform(post(assignPath(user, e3.id())).with(csrf()).session(admin))
          .andExpect(redirectedUrl("/admin-center/users/" + user));
      Document userPage = page("/admin-center/users/" + user);
      assertThat(userPage.getElementById("license-assigned").text())
          .isEqualTo("A license of " + E3 + " was assigned.");
      assertThat(userPage.getElementById("unassign-" + e3.id())).isNotNull();
      assertThat(userPage.getElementById("assign-" + e3.id())).isNull();
    }
    assertThat(holdersOf(e3.id())).containsExactlyInAnyOrder(li, wang);

    // a third is refused, with the reason on the user's page, and nothing is saved
    mvc.perform(post(assignPath(zhao, e3.id())).with(csrf()).session(admin))
        .andExpect(redirectedUrl("/admin-center/users/" + zhao));
    Document zhaoPage = page("/admin-center/users/" + zhao);
    assertThat(zhaoPage.getElementById("license-refused").text())
        .isEqualTo("All 2 licenses of " + E3 + " are assigned. Ask your partner to buy more.");
    assertThat(zhaoPage.getElementById("license-" + e3.id()).select(".pool-available").text())
        .isEqualTo("0 of 2 available");
    assertThat(holdersOf(e3.id())).containsExactlyInAnyOrder(li, wang);

    // the same refusal in Russian
    mvc.perform(post(assignPath(zhao, e3.id())).param("lang", "ru").with(csrf()).session(admin))
        .andExpect(redirectedUrl("/admin-center/users/" + zhao));
    assertThat(page("/admin-center/users/" + zhao).getElementById("license-refused").text())
        .contains("уже назначены");
    mvc.perform(get("/admin-center").param("lang", "en").session(admin));

    // the users list names each user's licenses
    Document list = page("/admin-center/users");
    assertThat(list.select("tr[data-user-id=" + li + "] .user-licenses").text()).isEqualTo(E3);
    assertThat(list.select("tr[data-user-id=" + zhao + "] .user-licenses").text())
        .isEqualTo("Unlicensed");

    // unassigned: the license is free again and zhao gets it
    mvc.perform(post(unassignPath(li, e3.id())).with(csrf()).session(admin))
        .andExpect(redirectedUrl("/admin-center/users/" + li));
    assertThat(page("/admin-center/users/" + li).getElementById("license-unassigned").text())
        .isEqualTo("The license of " + E3 + " was removed.");
    mvc.perform(post(assignPath(zhao, e3.id())).with(csrf()).session(admin))
        .andExpect(redirectedUrl("/admin-center/users/" + zhao));
    assertThat(holdersOf(e3.id())).containsExactlyInAnyOrder(wang, zhao);
    // removing a license the user does not hold is said, not a failure
    mvc.perform(post(unassignPath(li, e3.id())).with(csrf()).session(admin))
        .andExpect(redirectedUrl("/admin-center/users/" + li));
    assertThat(page("/admin-center/users/" + li).getElementById("license-refused").text())
        .isEqualTo("The user does not have a license of this subscription.");
    Element counts = page("/admin-center/licenses").getElementById("pool-" + e3.id());
    assertThat(counts.select(".pool-assigned").text()).isEqualTo("2");
    assertThat(counts.select(".pool-available").text()).isEqualTo("0");
  }

  @Test
  void aSuspendedSubscriptionSaysWhatSuspensionMeansAndTakesNoNewAssignments() throws Exception {
    Subscription e3 = buy(customer, E3, 5);
    UUID li = aUser(customer, "li");
    UUID wang = aUser(customer, "wang");
    mvc.perform(post(assignPath(li, e3.id())).with(csrf()).session(admin));
    subscriptions.suspend(
        partnerId,
        customer.customerId(),
        e3.id(),
        SubscriptionSuspensionReason.NON_PAYMENT,
        subscriptions.find(partnerId, customer.customerId(), e3.id(), SYSTEM).version(),
        SYSTEM);

    Element pool = page("/admin-center/licenses").getElementById("pool-" + e3.id());
    assertThat(pool.select(".pool-status").text())
        .isEqualTo("Suspended Users cannot use this service; admins can still sign in.");
    assertThat(pool.select(".pool-assigned").text()).isEqualTo("1");

    Element row = page("/admin-center/users/" + wang).getElementById("license-" + e3.id());
    assertThat(row.getElementById("assign-" + e3.id())).isNull();
    assertThat(row.text()).contains("Cannot be assigned while suspended");
    mvc.perform(post(assignPath(wang, e3.id())).with(csrf()).session(admin))
        .andExpect(redirectedUrl("/admin-center/users/" + wang));
    assertThat(page("/admin-center/users/" + wang).getElementById("license-refused").text())
        .isEqualTo(E3 + " is not active: its licenses cannot be assigned until it is reactivated.");
    assertThat(holdersOf(e3.id())).containsExactly(li);
  }

  @Test
  void anotherCustomersUsersAndSubscriptionsAreNotFound() throws Exception {
    Subscription ours = buy(customer, E3, 5);
    UUID li = aUser(customer, "li");
    CreatedCustomer other = customers.createCustomer(partnerId, aCustomer("Fabrikam"), SYSTEM);
    Subscription theirs = buy(other, E3, 5);
    UUID foreignUser = aUser(other, "zhou");

    mvc.perform(post(assignPath(foreignUser, ours.id())).with(csrf()).session(admin))
        .andExpect(status().isNotFound());
    mvc.perform(post(assignPath(li, theirs.id())).with(csrf()).session(admin))
        .andExpect(status().isNotFound());
    mvc.perform(post(unassignPath(foreignUser, theirs.id())).with(csrf()).session(admin))
        .andExpect(status().isNotFound());
    mvc.perform(post(assignPath(li, UUID.randomUUID())).with(csrf()).session(admin))
        .andExpect(status().isNotFound());
    mvc.perform(get("/admin-center/users/" + foreignUser).session(admin))
        .andExpect(status().isNotFound());
    assertThat(page("/admin-center/licenses").getElementById("pool-" + theirs.id())).isNull();
    assertThat(licenses.assignmentsOf(other.customerId(), SYSTEM)).isEmpty();
    assertThat(holdersOf(ours.id())).isEmpty();
    // without the CSRF token nothing is assigned either
    mvc.perform(post(assignPath(li, ours.id())).session(admin)).andExpect(status().isForbidden());
    assertThat(holdersOf(ours.id())).isEmpty();
  }
}
