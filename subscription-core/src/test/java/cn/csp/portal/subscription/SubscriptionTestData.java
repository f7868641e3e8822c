package cn.csp.portal.subscription;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A partner with users and a customer, and published prices, for the subscription tests. */
@Component
class SubscriptionTestData {

  static final Actor SYSTEM = Actor.system("test");

  private final PartnerAccounts partners;
  private final CustomerDirectory customers;
  private final OfferCatalog catalog;
  private final PriceLists priceLists;

  SubscriptionTestData(
      PartnerAccounts partners,
      CustomerDirectory customers,
      OfferCatalog catalog,
      PriceLists priceLists) {
    this.partners = partners;
    this.customers = customers;
    this.catalog = catalog;
    this.priceLists = priceLists;
  }

  record TestPartner(UUID id, Actor admin, Actor sales, Actor helpdesk) {}

  TestPartner aPartnerWithUsers(int billingDay) {
    UUID partnerId =
        partners.createPartner(
            aPartner("Subscription Partner " + UUID.randomUUID(), billingDay), SYSTEM);
    return new TestPartner(
        partnerId,
        user(partnerId, AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN),
        user(partnerId, AgentRole.SALES_AGENT, AdminRole.NO_ADMIN),
        user(partnerId, AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN));
  }

  CreatedCustomer aCustomerOf(UUID partnerId) {
    return customers.createCustomer(partnerId, aCustomer("Subscription Customer"), SYSTEM);
  }

  Offer offerNamed(String name) {
    return catalog.offers().stream()
        .filter(offer -> offer.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No offer named " + name));
  }

  /**
   * A published list for every month from {@code from} to {@code to} (inclusive) in which each
   * offer costs {@code price}, unless the month already has one.
   */
  void pricesFrom(YearMonth from, YearMonth to, BigDecimal price) {
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      if (priceLists.publishedOn(month.atDay(1)).isEmpty()) {
        YearMonth m = month;
        List<PriceListItem> items =
            catalog.offers().stream()
                .map(o -> new PriceListItem(o.durableOfferId(), o.name(), o.billingType(), price))
                .toList();
        priceLists.importPublished(
            m,
            items,
            m.atDay(1).minusDays(40).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
            SYSTEM);
      }
    }
  }

  /** Prices for the months around today, whatever they are. */
  void pricesAround(LocalDate today) {
    pricesFrom(
        YearMonth.from(today).minusMonths(1),
        YearMonth.from(today).plusMonths(14),
        new BigDecimal("100.00"));
  }

  BigDecimal unitPriceOn(String durableOfferId, LocalDate date) {
    return priceLists.unitPriceOn(durableOfferId, date);
  }

  static NewOrder order(String offerId, int quantity) {
    return new NewOrder(
        UUID.randomUUID().toString(), List.of(new OrderLine(offerId, quantity, null, null)));
  }

  static NewOrder addOnOrder(String offerId, int quantity, UUID parentId) {
    return new NewOrder(
        UUID.randomUUID().toString(), List.of(new OrderLine(offerId, quantity, null, parentId)));
  }

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private Actor user(UUID partnerId, AgentRole agentRole, AdminRole adminRole) {
    NewPartnerUser user = aUser(agentRole, adminRole);
    return Actor.partnerUser(partners.addUser(partnerId, user, SYSTEM), user.email());
  }
}
