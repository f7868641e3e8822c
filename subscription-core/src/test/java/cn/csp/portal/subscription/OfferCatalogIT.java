package cn.csp.portal.subscription;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 21Vianet's catalog as the migration seeds it (spec 2.4, 2.10, 2.24). */
@IntegrationTest
class OfferCatalogIT {

  static final String BUSINESS = "Office 365 Business";
  static final String ESSENTIALS = "Office 365 Business Essentials";
  static final String PREMIUM = "Office 365 Business Premium";
  static final String PROPLUS = "Office 365 ProPlus";
  static final String E1 = "Office 365 Enterprise E1";
  static final String E3 = "Office 365 Enterprise E3";
  static final String EXCHANGE = "Exchange Online (Plan 1)";
  static final String ARCHIVING = "Exchange Online Archiving";
  static final String PROJECT = "Project Online Essentials";
  static final String AZURE = "Microsoft Azure operated by 21Vianet";

  @Autowired OfferCatalog catalog;
  @Autowired CatalogPins pins;
  @Autowired PartnerAccounts partners;

  Offer named(String name) {
    return catalog.offers().stream()
        .filter(offer -> offer.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no offer " + name));
  }

  @Test
  void theCatalogHoldsTheServicesSoldInChinaGroupedBySegmentThenByName() {
    List<Offer> offers = catalog.offers();

    assertThat(offers)
        .extracting(Offer::name)
        .containsExactly(
            // enterprise
            EXCHANGE,
            ARCHIVING,
            AZURE,
            E1,
            E3,
            PROPLUS,
            "Power BI Pro",
            PROJECT,
            // small business
            BUSINESS,
            ESSENTIALS,
            PREMIUM,
            // government
            "Office 365 Enterprise E3 for Government");
    assertThat(offers)
        .extracting(Offer::segment)
        .isSortedAccordingTo(java.util.Comparator.comparing(Enum::ordinal));
    Set<String> ids = new HashSet<>();
    for (Offer offer : offers) {
      assertThat(offer.offerId()).matches("[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}");
      assertThat(offer.durableOfferId()).matches("[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}");
      assertThat(ids.add(offer.offerId())).as("unique " + offer.offerId()).isTrue();
      assertThat(ids.add(offer.durableOfferId())).as("unique " + offer.durableOfferId()).isTrue();
      assertThat(offer.description()).isNotBlank();
      assertThat(offer.services()).isNotEmpty();
    }
  }

  @Test
  void offersCarryTheirSegmentBillingQuantitiesAndServices() {
    Offer premium = named(PREMIUM);
    assertThat(premium.segment()).isEqualTo(CustomerSegment.SMALL_BUSINESS);
    assertThat(premium.billingType()).isEqualTo(BillingType.LICENSE);
    assertThat(premium.unitType()).isEqualTo("Licenses");
    assertThat(premium.allowsQuantity(300)).isTrue();
    assertThat(premium.allowsQuantity(301)).isFalse();
    assertThat(premium.services())
        .containsExactly(
            CloudService.EXCHANGE_ONLINE,
            CloudService.SHAREPOINT_ONLINE,
            CloudService.TEAMS,
            CloudService.OFFICE_APPS);

    Offer e3 = named(E3);
    assertThat(e3.segment()).isEqualTo(CustomerSegment.ENTERPRISE);
    assertThat(e3.minQuantity()).isEqualTo(1);
    assertThat(e3.maxQuantity()).isEqualTo(10000);
    assertThat(named(BUSINESS).services()).containsExactly(CloudService.OFFICE_APPS);
    assertThat(named(ESSENTIALS).services())
        .containsExactly(
            CloudService.EXCHANGE_ONLINE, CloudService.SHAREPOINT_ONLINE, CloudService.TEAMS);

    Offer azure = named(AZURE);
    assertThat(azure.billingType()).isEqualTo(BillingType.USAGE);
    assertThat(azure.unitType()).isEqualTo("Usage-based");
    assertThat(azure.services()).containsExactly(CloudService.AZURE);
    assertThat(azure.allowsQuantity(1)).isTrue();
    assertThat(azure.allowsQuantity(2)).isFalse();

    assertThat(catalog.offers())
        .filteredOn(offer -> offer.segment() == CustomerSegment.GOVERNMENT)
        .hasSize(1);
  }

  @Test
  void addOnsAreBoughtWithTheirParents() {
    Offer archiving = named(ARCHIVING);
    assertThat(archiving.addOn()).isTrue();
    assertThat(archiving.services()).containsExactly(CloudService.EXCHANGE_ONLINE);
    assertThat(archiving.parentOfferIds())
        .containsExactlyInAnyOrder(
            named(E1).offerId(),
            named(E3).offerId(),
            named(ESSENTIALS).offerId(),
            named(PREMIUM).offerId(),
            named(EXCHANGE).offerId());
    assertThat(named(PROJECT).parentOfferIds())
        .containsExactlyInAnyOrder(named(E1).offerId(), named(E3).offerId());
    assertThat(named(PROJECT).services()).containsExactly(CloudService.PROJECT_ONLINE);

    assertThat(catalog.addOnsOf(named(E3).offerId()))
        .extracting(Offer::name)
        .containsExactly(ARCHIVING, PROJECT);
    assertThat(catalog.addOnsOf(named(PREMIUM).offerId()))
        .extracting(Offer::name)
        .containsExactly(ARCHIVING);
    assertThat(catalog.addOnsOf(named(BUSINESS).offerId())).isEmpty();
    assertThat(catalog.offers()).filteredOn(Offer::addOn).hasSize(2);
    assertThat(catalog.offers())
        .filteredOn(offer -> !offer.addOn())
        .allSatisfy(offer -> assertThat(offer.parentOfferIds()).isEmpty());
  }

  @Test
  void upgradePathsAreExactlyTheTableOfSpec224() {
    assertThat(catalog.upgradeTargetsOf(named(BUSINESS).offerId()))
        .extracting(Offer::name)
        .containsExactly(PREMIUM, PROPLUS, E3);
    assertThat(catalog.upgradeTargetsOf(named(PREMIUM).offerId()))
        .extracting(Offer::name)
        .containsExactly(E3);
    assertThat(catalog.upgradeTargetsOf(named(ESSENTIALS).offerId()))
        .extracting(Offer::name)
        .containsExactly(PREMIUM, E1, E3);
    List<String> withPaths = List.of(BUSINESS, PREMIUM, ESSENTIALS);
    assertThat(catalog.offers())
        .filteredOn(offer -> !withPaths.contains(offer.name()))
        .allSatisfy(offer -> assertThat(catalog.upgradeTargetsOf(offer.offerId())).isEmpty());
  }

  @Test
  void findsOffersByEitherIdIgnoringCase() {
    Offer e3 = named(E3);

    assertThat(catalog.find(e3.offerId().toLowerCase())).contains(e3);
    assertThat(catalog.findByDurableOfferId(" " + e3.durableOfferId().toLowerCase())).contains(e3);
    // the two ids differ and do not find each other's offer
    assertThat(catalog.find(e3.durableOfferId())).isEmpty();
    assertThat(catalog.findByDurableOfferId(e3.offerId())).isEmpty();
    assertThat(catalog.find(UUID.randomUUID().toString())).isEmpty();
    assertThat(catalog.find(null)).isEmpty();
  }

  @Test
  void aPartnersChoiceListsItsPinsFirstThenTheOtherBaseOffersInCatalogOrder() {
    UUID partnerId = partners.createPartner(aPartner(), Actor.system("test"));
    List<Offer> baseOffers = catalog.offers().stream().filter(offer -> !offer.addOn()).toList();
    assertThat(catalog.offersFor(partnerId)).isEqualTo(baseOffers);

    pins.pin(partnerId, named(PREMIUM).offerId(), Actor.system("test"));
    pins.pin(partnerId, named(E1).offerId(), Actor.system("test"));

    List<Offer> ordered = catalog.offersFor(partnerId);
    assertThat(ordered).hasSameSizeAs(baseOffers).doesNotHaveDuplicates();
    assertThat(ordered.subList(0, 2)).containsExactly(named(PREMIUM), named(E1));
    assertThat(ordered.subList(2, ordered.size()))
        .isEqualTo(
            baseOffers.stream()
                .filter(offer -> !offer.equals(named(PREMIUM)) && !offer.equals(named(E1)))
                .toList());
  }
}
