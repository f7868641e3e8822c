package cn.csp.portal.subscription.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.subscription.BillingType;
import cn.csp.portal.subscription.CustomerSegment;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.PriceListItem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The price list's CSV, with no database: a two-offer catalog stands in for 21Vianet's. */
class PriceListCsvTest {

  private static final Offer QUOTED =
      offer(
          "AAAAAAAA-0000-0000-0000-000000000001",
          "Office 365 \"Plan\", China",
          BillingType.LICENSE);
  private static final Offer USAGE =
      offer("AAAAAAAA-0000-0000-0000-000000000002", "Azure", BillingType.USAGE);

  private static final OfferCatalog CATALOG =
      new OfferCatalog() {
        @Override
        public List<Offer> offers() {
          return List.of(QUOTED, USAGE);
        }

        @Override
        public List<Offer> offersFor(UUID partnerId) {
          return offers();
        }

        @Override
        public Optional<Offer> find(String offerId) {
          return Optional.empty();
        }

        @Override
        public Optional<Offer> findByDurableOfferId(String id) {
          return offers().stream().filter(o -> o.durableOfferId().equalsIgnoreCase(id)).findFirst();
        }

        @Override
        public List<Offer> addOnsOf(String parentOfferId) {
          return List.of();
        }

        @Override
        public List<Offer> upgradeTargetsOf(String offerId) {
          return List.of();
        }
      };

  private static Offer offer(String durableId, String name, BillingType type) {
    return new Offer(
        UUID.randomUUID().toString().toUpperCase(),
        durableId,
        name,
        "",
        CustomerSegment.ENTERPRISE,
        type,
        "Licenses",
        1,
        10,
        false,
        List.of(),
        Set.of());
  }

  private static List<PriceListItem> read(String csv) throws IOException {
    return PriceListCsv.read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), CATALOG);
  }

  private static void assertRefused(String csv, String key, Object... arguments) {
    assertThatThrownBy(() -> read(csv))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            refused -> {
              assertThat(refused.messageKey()).isEqualTo(key);
              assertThat(refused.arguments()).containsExactly(arguments);
              assertThat(refused.field()).isEqualTo("file");
            });
  }

  @Test
  void writesRfc4180WithAByteOrderMarkAndReadsItBack() throws IOException {
    List<PriceListItem> items =
        List.of(
            new PriceListItem(
                QUOTED.durableOfferId(),
                QUOTED.name(),
                BillingType.LICENSE,
                new BigDecimal("95.00")),
            new PriceListItem(
                USAGE.durableOfferId(), USAGE.name(), BillingType.USAGE, new BigDecimal("0.0825")));
    StringWriter out = new StringWriter();

    PriceListCsv.write(items, out);

    assertThat(out.toString())
        .isEqualTo(
            "\uFEFFDurableOfferId,OfferName,BillingType,UnitPrice\r\n"
                + QUOTED.durableOfferId()
                + ",\"Office 365 \"\"Plan\"\", China\",LICENSE,95.00\r\n"
                + USAGE.durableOfferId()
                + ",Azure,USAGE,0.0825\r\n");
    assertThat(read(out.toString())).isEqualTo(items);
  }

  @Test
  void quotedFieldsMayHoldLineBreaksAndRowsAreNumberedAsASpreadsheetShowsThem() {
    String header = "DurableOfferId,OfferName,BillingType,UnitPrice\n";
    // row 2 spans two lines inside quotes; row 3 is empty; row 4 is bad
    String csv =
        header
            + QUOTED.durableOfferId()
            + ",\"two\nlines\",LICENSE,1\n"
            + "\n"
            + USAGE.durableOfferId()
            + ",Azure,USAGE,1.23456\n";

    assertRefused(csv, "priceList.csv.price", 4, "1.23456");
  }

  @Test
  void refusesMalformedQuoting() {
    String header = "DurableOfferId,OfferName,BillingType,UnitPrice\r\n";
    assertRefused(
        header + USAGE.durableOfferId() + ",\"Azure,USAGE,1\r\n", "priceList.csv.malformed", 2);
    assertRefused(
        header + USAGE.durableOfferId() + ",\"Azure\"x,USAGE,1\r\n", "priceList.csv.malformed", 2);
  }

  @Test
  void refusesAFileThatIsTooLarge() {
    String csv = "DurableOfferId,OfferName,BillingType,UnitPrice\n" + "x".repeat(1024 * 1024);
    assertRefused(csv, "priceList.csv.tooLarge", 1024);
  }

  @Test
  void pricesFitNumeric12And4() {
    assertThat(PriceListCsv.isValidPrice(new BigDecimal("99999999.9999"))).isTrue();
    assertThat(PriceListCsv.isValidPrice(new BigDecimal("100000000"))).isFalse();
    assertThat(PriceListCsv.isValidPrice(new BigDecimal("1.23450"))).isTrue();
    assertThat(PriceListCsv.isValidPrice(new BigDecimal("1.23456"))).isFalse();
    assertThat(PriceListCsv.isValidPrice(new BigDecimal("0"))).isTrue();
    assertThat(PriceListCsv.isValidPrice(new BigDecimal("-0.01"))).isFalse();
    assertThat(PriceListCsv.isValidPrice(null)).isFalse();
  }

  @Test
  void pricesShowAtLeastTwoDecimals() {
    assertThat(PriceListCsv.forDisplay(new BigDecimal("180.0000"))).hasToString("180.00");
    assertThat(PriceListCsv.forDisplay(new BigDecimal("0.5000"))).hasToString("0.50");
    assertThat(PriceListCsv.forDisplay(new BigDecimal("0.0825"))).hasToString("0.0825");
    assertThat(PriceListCsv.forDisplay(new BigDecimal("1200"))).hasToString("1200.00");
  }
}
