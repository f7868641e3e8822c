package cn.csp.portal.subscription;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.testsupport.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Account settings > Catalog: at most five pinned offers per partner (spec 2.10). */
@IntegrationTest
class CatalogPinsIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired CatalogPins pins;
  @Autowired OfferCatalog catalog;
  @Autowired PartnerAccounts partners;
  @Autowired JdbcClient jdbc;

  private UUID partnerId;
  private Actor globalAdmin;
  private List<String> baseOfferIds;

  @BeforeEach
  void partnerWithAGlobalAdmin() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    globalAdmin = user(partnerId, AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    baseOfferIds =
        catalog.offers().stream().filter(offer -> !offer.addOn()).map(Offer::offerId).toList();
  }

  private Actor user(UUID partner, AgentRole agent, AdminRole admin) {
    NewPartnerUser user = aUser(agent, admin);
    return Actor.partnerUser(partners.addUser(partner, user, SYSTEM), user.email());
  }

  @Test
  void pinsKeepTheirOrderAndASixthIsRefusedWithTheLimit() {
    for (String offerId : baseOfferIds.subList(0, 5)) {
      pins.pin(partnerId, offerId, globalAdmin);
    }
    assertThat(pins.pinnedOfferIds(partnerId)).isEqualTo(baseOfferIds.subList(0, 5));

    assertThatThrownBy(() -> pins.pin(partnerId, baseOfferIds.get(5), globalAdmin))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            refused -> {
              assertThat(refused.messageKey()).isEqualTo("catalog.pins.limit");
              assertThat(refused.arguments()).containsExactly(CatalogPins.MAX_PINS);
            });
    assertThat(pins.pinnedOfferIds(partnerId)).hasSize(5);
  }

  @Test
  void unpinningClosesTheGapAndIsAudited() {
    for (String offerId : baseOfferIds.subList(0, 4)) {
      pins.pin(partnerId, offerId, globalAdmin);
    }

    pins.unpin(partnerId, baseOfferIds.get(1), globalAdmin);

    assertThat(pins.pinnedOfferIds(partnerId))
        .containsExactly(baseOfferIds.get(0), baseOfferIds.get(2), baseOfferIds.get(3));
    assertThat(
            jdbc.sql("select position from catalog_pin where partner_id = :p order by position")
                .param("p", partnerId)
                .query(Integer.class)
                .list())
        .containsExactly(1, 2, 3);
    // the freed place is taken by the next pin, at the end
    pins.pin(partnerId, baseOfferIds.get(1), globalAdmin);
    assertThat(pins.pinnedOfferIds(partnerId))
        .containsExactly(
            baseOfferIds.get(0), baseOfferIds.get(2), baseOfferIds.get(3), baseOfferIds.get(1));
    assertThat(
            jdbc.sql(
                    "select action from audit_log where partner_id = :p and target_id = :offer"
                        + " order by id")
                .param("p", partnerId)
                .param("offer", baseOfferIds.get(1))
                .query(String.class)
                .list())
        .containsExactly("catalog.offer.pinned", "catalog.offer.unpinned", "catalog.offer.pinned");
  }

  @Test
  void pinningTwiceOrUnpinningWhatIsNotPinnedChangesNothing() {
    pins.pin(partnerId, baseOfferIds.get(0), globalAdmin);
    pins.pin(partnerId, baseOfferIds.get(0).toLowerCase(), globalAdmin);
    pins.unpin(partnerId, baseOfferIds.get(3), globalAdmin);

    assertThat(pins.pinnedOfferIds(partnerId)).containsExactly(baseOfferIds.get(0));
  }

  @Test
  void addOnsAndUnknownOffersCannotBePinned() {
    Offer addOn = catalog.offers().stream().filter(Offer::addOn).findFirst().orElseThrow();

    assertThatThrownBy(() -> pins.pin(partnerId, addOn.offerId(), globalAdmin))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            refused -> assertThat(refused.messageKey()).isEqualTo("catalog.pins.addOn"));
    assertThatThrownBy(() -> pins.pin(partnerId, UUID.randomUUID().toString(), globalAdmin))
        .isInstanceOf(NotFound.class);
    // the durable id is not the offer id
    assertThatThrownBy(
            () -> pins.pin(partnerId, catalog.offers().get(0).durableOfferId(), globalAdmin))
        .isInstanceOf(NotFound.class);
    assertThat(pins.pinnedOfferIds(partnerId)).isEmpty();
  }

  @Test
  void onlyGlobalAdminsCustomizeTheCatalog() {
    for (AgentRole agent : AgentRole.values()) {
      for (AdminRole admin : List.of(AdminRole.BILLING_ADMIN, AdminRole.USER_MANAGEMENT_ADMIN)) {
        Actor actor = user(partnerId, agent, admin);
        assertThatThrownBy(() -> pins.pin(partnerId, baseOfferIds.get(0), actor))
            .as(agent + "+" + admin)
            .isInstanceOfSatisfying(
                PermissionDenied.class,
                denied -> assertThat(denied.permission()).isEqualTo(Permission.CATALOG_CUSTOMIZE));
      }
    }
    Actor adminAgent = user(partnerId, AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    assertThatThrownBy(() -> pins.unpin(partnerId, baseOfferIds.get(0), adminAgent))
        .isInstanceOf(PermissionDenied.class);
    // another partner's global admin cannot change this partner's pins
    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);
    Actor otherAdmin = user(otherPartner, AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    assertThatThrownBy(() -> pins.pin(partnerId, baseOfferIds.get(0), otherAdmin))
        .isInstanceOf(PermissionDenied.class);
    assertThat(pins.pinnedOfferIds(partnerId)).isEmpty();
  }

  @Test
  void eachPartnerHasItsOwnPins() {
    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);
    Actor otherAdmin = user(otherPartner, AgentRole.NONE, AdminRole.GLOBAL_ADMIN);
    for (String offerId : baseOfferIds.subList(0, 5)) {
      pins.pin(partnerId, offerId, globalAdmin);
    }

    pins.pin(otherPartner, baseOfferIds.get(4), otherAdmin);
    pins.pin(otherPartner, baseOfferIds.get(0), otherAdmin);
    pins.unpin(otherPartner, baseOfferIds.get(4), otherAdmin);

    assertThat(pins.pinnedOfferIds(otherPartner)).containsExactly(baseOfferIds.get(0));
    assertThat(pins.pinnedOfferIds(partnerId)).isEqualTo(baseOfferIds.subList(0, 5));
  }

  @Test
  void concurrentPinsNeverExceedTheLimit() throws Exception {
    pins.pin(partnerId, baseOfferIds.get(0), globalAdmin);
    pins.pin(partnerId, baseOfferIds.get(1), globalAdmin);
    List<Callable<Boolean>> attempts = new ArrayList<>();
    for (String offerId : baseOfferIds.subList(2, baseOfferIds.size())) {
      attempts.add(
          () -> {
            try {
              pins.pin(partnerId, offerId, globalAdmin);
              return true;
            } catch (BusinessRuleViolation limit) {
              assertThat(limit.messageKey()).isEqualTo("catalog.pins.limit");
              return false;
            }
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
    try {
      int succeeded = 0;
      for (Future<Boolean> outcome : pool.invokeAll(attempts)) {
        succeeded += outcome.get() ? 1 : 0;
      }
      assertThat(succeeded).isEqualTo(3);
    } finally {
      pool.shutdown();
    }
    assertThat(pins.pinnedOfferIds(partnerId)).hasSize(5).doesNotHaveDuplicates();
    assertThat(
            jdbc.sql("select position from catalog_pin where partner_id = :p order by position")
                .param("p", partnerId)
                .query(Integer.class)
                .list())
        .containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void anUnknownPartnerIsNotFound() {
    assertThatThrownBy(() -> pins.pin(UUID.randomUUID(), baseOfferIds.get(0), SYSTEM))
        .isInstanceOf(NotFound.class);
  }
}
