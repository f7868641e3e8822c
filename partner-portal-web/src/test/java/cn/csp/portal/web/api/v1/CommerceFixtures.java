package cn.csp.portal.web.api.v1;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartner;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.Subscription;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.PriceListFixtures;
import cn.csp.portal.web.api.ApiFaultCodes;
import cn.csp.portal.web.api.ApiTestCallers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Partners with a customer, users of the roles a test needs and published prices, for the
 * subscription, order and offer API tests. Built from the facades, as the pages' tests do.
 */
final class CommerceFixtures {

  static final Actor SYSTEM = Actor.system("test");
  static final Actor OPERATOR = Actor.operator(UUID.randomUUID(), "op@21vianet.example");
  static final String E3 = "Office 365 Enterprise E3";

  /** A partner as created, and its customer. */
  record Partner(UUID partnerId, String mpnId, UUID customerId) {

    String customerPath() {
      return "/v1/customers/" + customerId;
    }
  }

  /** A 400 that says what was wrong: never the catch-all answer to a failure nobody foresaw. */
  static ResultMatcher badRequest() {
    return result -> {
      status().isBadRequest().match(result);
      jsonPath("$.code").value(not(ApiFaultCodes.UNEXPECTED)).match(result);
    };
  }

  private final PartnerAccounts partners;
  private final CustomerDirectory customers;
  private final Subscriptions subscriptions;
  private final OfferCatalog catalog;

  /**
   * Takes the facades it builds with from the test's context, and publishes this month's prices.
   */
  CommerceFixtures(ApplicationContext context) {
    this.partners = context.getBean(PartnerAccounts.class);
    this.customers = context.getBean(CustomerDirectory.class);
    this.subscriptions = context.getBean(Subscriptions.class);
    this.catalog = context.getBean(OfferCatalog.class);
    PriceListFixtures.ensurePublishedAround(
        context.getBean(PriceLists.class), catalog, LocalDate.now(ZoneId.of("Asia/Shanghai")));
  }

  Partner partnerWithACustomer() {
    NewPartner partner = aPartner();
    UUID partnerId = partners.createPartner(partner, SYSTEM);
    UUID customerId =
        customers.createCustomer(partnerId, aCustomer("Contoso China"), SYSTEM).customerId();
    return new Partner(partnerId, partner.mpnId(), customerId);
  }

  /** A new user of the partner, acting through the API with the role's permissions. */
  RequestPostProcessor user(Partner partner, AgentRole agent, AdminRole admin) {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partner.partnerId(), user, SYSTEM);
    return ApiTestCallers.asUser(partners, user.email());
  }

  Offer offer(String name) {
    return catalog.offers().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
  }

  Subscription order(Partner partner, String offerName, int quantity, String friendlyName) {
    UUID id =
        subscriptions
            .placeOrder(
                partner.partnerId(),
                partner.customerId(),
                new NewOrder(
                    UUID.randomUUID().toString(),
                    List.of(
                        new OrderLine(offer(offerName).offerId(), quantity, friendlyName, null))),
                SYSTEM)
            .lines()
            .get(0)
            .subscriptionId();
    return find(partner, id);
  }

  Subscription find(Partner partner, UUID subscriptionId) {
    return subscriptions.find(partner.partnerId(), partner.customerId(), subscriptionId, SYSTEM);
  }

  List<Subscription> subscriptionsOf(Partner partner) {
    return subscriptions.subscriptionsOf(partner.partnerId(), partner.customerId(), SYSTEM);
  }
}
