package cn.csp.portal.billing;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.csp.portal.billing.internal.usage.UnbilledUsage;
import cn.csp.portal.billing.internal.usage.UsageRecordsToBill;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PriceListFixtures;
import cn.csp.portal.testsupport.TestClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Usage import (spec 2.13, usage-based file; spec 6.6): all or nothing, every bad line named. */
@IntegrationTest
@Import(TestClock.Configuration.class)
class UsageRecordsIT {

  private static final Actor SYSTEM = Actor.system("test");
  private static final Actor OPERATOR = Actor.operator(UUID.randomUUID(), "operator@test");
  private static final String HEADER = UsageCsvFormat.HEADER + "\r\n";

  @Autowired UsageRecords usageRecords;
  @Autowired UsageRecordsToBill toBill;
  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;
  @Autowired Subscriptions subscriptions;
  @Autowired OfferCatalog catalog;
  @Autowired PriceLists priceLists;
  @Autowired TransactionTemplate transactions;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  private UUID partnerId;
  private UUID azure;
  private UUID e3;
  private LocalDate start;

  /** A partner whose customer bought Azure and E3 ten days ago. */
  @BeforeEach
  void aCustomerWithAnAzureSubscription() {
    LocalDate today = clock.today();
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, today);
    partnerId =
        partners.createPartner(
            aPartner("Usage Partner " + UUID.randomUUID(), today.getDayOfMonth()), SYSTEM);
    UUID customerId =
        customers.createCustomer(partnerId, aCustomer("Usage Customer"), SYSTEM).customerId();
    azure = buy(customerId, "Microsoft Azure operated by 21Vianet");
    e3 = buy(customerId, "Office 365 Enterprise E3");
    start = today.plusDays(1);
    clock.advance(Duration.ofDays(10));
  }

  private UUID buy(UUID customerId, String offerName) {
    Offer offer =
        catalog.offers().stream().filter(o -> o.name().equals(offerName)).findFirst().orElseThrow();
    NewOrder order =
        new NewOrder(
            UUID.randomUUID().toString(), List.of(new OrderLine(offer.offerId(), 1, null, null)));
    return subscriptions
        .placeOrder(partnerId, customerId, order, SYSTEM)
        .lines()
        .get(0)
        .subscriptionId();
  }

  private String line(UUID subscription, LocalDate day, String resource, String consumed) {
    return subscription
        + ","
        + day
        + ",VIRTUAL MACHINES,\"Compute, Standard\","
        + resource
        + ",Compute Hours,China East,7UD-00001,1,"
        + consumed
        + ",0,China East,Compute,EXTERNAL,web-01,\"1.000000 Hours / 1 day\"\r\n";
  }

  private UsageImportReport importCsv(String csv) throws IOException {
    return usageRecords.importCsv(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), OPERATOR);
  }

  private List<UnbilledUsage> unbilled() {
    return toBill.unbilled(partnerId, clock.today());
  }

  @Test
  void aGoodFileIsImportedAndWaitsForTheBillingRun() throws IOException {
    String resource = UUID.randomUUID().toString();
    UsageImportReport report =
        importCsv(
            "\uFEFF"
                + HEADER
                + line(azure, start, resource, "11")
                + line(azure, start.plusDays(1), resource, "2.500001")
                + "\r\n"
                // Microsoft's own date form, with the time its files print
                + line(azure, start.plusDays(2), resource, "0")
                    .replace(
                        start.plusDays(2).toString(),
                        start.plusDays(2).getMonthValue()
                            + "/"
                            + start.plusDays(2).getDayOfMonth()
                            + "/"
                            + start.plusDays(2).getYear()
                            + " 0:00"));

    assertThat(report.successful()).isTrue();
    assertThat(report.accepted()).isEqualTo(3);
    assertThat(report.batchId()).isNotNull();
    assertThat(unbilled())
        .extracting(
            UnbilledUsage::usageDate,
            u -> u.consumedQuantity().stripTrailingZeros().toPlainString())
        .containsExactly(
            tuple(start, "11"),
            tuple(start.plusDays(1), "2.500001"),
            tuple(start.plusDays(2), "0"));
    UnbilledUsage first = unbilled().get(0);
    assertThat(first.subscriptionId()).isEqualTo(azure);
    assertThat(first.serviceType()).isEqualTo("Compute, Standard");
    assertThat(first.serviceInfo()).isEqualTo("1.000000 Hours / 1 day");
    assertThat(first.project()).isEqualTo("web-01");
    assertThat(first.overageQuantity()).isEqualByComparingTo("11");

    // the run bills what was used up to the day before the invoice date
    assertThat(toBill.unbilled(partnerId, start)).hasSize(1);
    transactions.executeWithoutResult(tx -> toBill.markBilled(partnerId, List.of(first.id())));
    assertThat(unbilled()).hasSize(2).noneMatch(u -> u.id().equals(first.id()));
    // a second run cannot bill it again
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    tx -> toBill.markBilled(partnerId, List.of(first.id()))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void everyBadLineIsReportedWithItsNumberAndNothingIsImported() throws IOException {
    String r = UUID.randomUUID().toString();
    String csv =
        HEADER
            + line(azure, start, r, "1") // 2: fine
            + "a,b,c\r\n" // 3: columns
            + line(azure, start.plusDays(1), r, "12abc") // 4: not a number
            + line(azure, start.plusDays(2), r, "-2") // 5: negative
            + line(azure, start, r, "1").replace(start.toString(), "2026-02-30") // 6: bad date
            + line(UUID.randomUUID(), start, r, "1") // 7: unknown subscription
            + line(e3, start, r, "1") // 8: license-based
            + line(azure, start, r, "3") // 9: same key as line 2
            + line(azure, start, r, "1").replace(azure.toString(), "not-a-guid") // 10
            + line(azure, clock.today().plusDays(1), r, "1") // 11: future
            + line(azure, start.minusDays(1), r, "1") // 12: before the start
            + line(azure, start.plusDays(3), "", "1"); // 13: no resource GUID

    UsageImportReport report = importCsv(csv);

    assertThat(report.successful()).isFalse();
    assertThat(report.accepted()).isZero();
    assertThat(report.batchId()).isNull();
    assertThat(report.errors())
        .extracting(UsageLineError::line, UsageLineError::messageKey)
        .containsExactly(
            tuple(3, "usage.csv.columns"),
            tuple(4, "usage.field.number"),
            tuple(5, "usage.field.negative"),
            tuple(6, "usage.field.date"),
            tuple(7, "usage.subscription.unknown"),
            tuple(8, "usage.subscription.notUsage"),
            tuple(9, "usage.duplicate.inFile"),
            tuple(10, "usage.field.guid"),
            tuple(11, "usage.date.future"),
            tuple(12, "usage.date.beforeStart"),
            tuple(13, "usage.field.required"));
    assertThat(report.errors().get(0).arguments()).containsExactly(16, 3);
    assertThat(report.errors().get(6).arguments()).containsExactly(2);
    assertThat(report.errors().get(10).arguments()).containsExactly("ResourceGuid");
    assertThat(unbilled()).isEmpty();
  }

  @Test
  void aWrongHeaderIsReportedAsLineOne() throws IOException {
    UsageImportReport report =
        importCsv("Subscription,Date\r\n" + line(azure, start, UUID.randomUUID().toString(), "1"));

    assertThat(report.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.line()).isEqualTo(1);
              assertThat(error.messageKey()).isEqualTo("usage.csv.header");
            });
    assertThat(unbilled()).isEmpty();
  }

  @Test
  void usageAlreadyImportedIsRefusedWithItsLineAndTheRestOfTheFileIsNotImported()
      throws IOException {
    String r = UUID.randomUUID().toString();
    assertThat(importCsv(HEADER + line(azure, start, r, "1")).accepted()).isEqualTo(1);

    UsageImportReport again =
        importCsv(
            HEADER
                + line(azure, start.plusDays(1), r, "4")
                // same key, other quantity: still the same reading
                + line(azure, start, r, "2"));

    assertThat(again.errors())
        .extracting(UsageLineError::line, UsageLineError::messageKey)
        .containsExactly(tuple(3, "usage.duplicate.imported"));
    assertThat(unbilled()).singleElement().extracting(UnbilledUsage::usageDate).isEqualTo(start);
    // another project or region is another reading
    assertThat(
            importCsv(HEADER + line(azure, start, r, "1").replace("web-01", "web-02")).accepted())
        .isEqualTo(1);
  }

  @Test
  void unreadableFilesAreRefusedAsAWhole() {
    byte[] latin1 = (HEADER + "Größe\r\n").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> usageRecords.importCsv(new ByteArrayInputStream(latin1), OPERATOR))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "usage.csv.encoding")
        .hasFieldOrPropertyWithValue("field", "file");
    assertThatThrownBy(() -> importCsv(HEADER))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "usage.csv.empty");
    byte[] huge = new byte[UsageCsvFormat.MAX_BYTES + 1];
    assertThatThrownBy(() -> usageRecords.importCsv(new ByteArrayInputStream(huge), OPERATOR))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "usage.csv.tooLarge");
  }

  @Test
  void aBrokenQuoteIsReportedOnItsLine() throws IOException {
    String r = UUID.randomUUID().toString();
    UsageImportReport report =
        importCsv(HEADER + line(azure, start, r, "1") + azure + ",\"unclosed\r\n");

    assertThat(report.errors())
        .extracting(UsageLineError::line, UsageLineError::messageKey)
        .containsExactly(tuple(3, "usage.csv.malformed"));
    assertThat(unbilled()).isEmpty();
  }

  @Test
  void theApiChecksTheSameRulesAndNumbersRecordsByPosition() {
    NewUsageRecord good =
        new NewUsageRecord(
            azure,
            start,
            "STORAGE",
            null,
            UUID.randomUUID().toString(),
            "Data Stored (GB)",
            "China North",
            null,
            null,
            new BigDecimal("12.5"),
            null,
            null,
            null,
            null,
            null,
            null);
    NewUsageRecord tooPrecise =
        new NewUsageRecord(
            azure,
            start,
            "STORAGE",
            null,
            UUID.randomUUID().toString(),
            "Data Stored (GB)",
            null,
            null,
            null,
            new BigDecimal("0.0000001"),
            null,
            null,
            null,
            null,
            null,
            null);
    NewUsageRecord missing =
        new NewUsageRecord(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null);

    UsageImportReport refused = usageRecords.record(List.of(good, tooPrecise, missing), OPERATOR);
    assertThat(refused.errors())
        .extracting(UsageLineError::line, UsageLineError::messageKey)
        .containsExactly(
            tuple(2, "usage.field.precision"),
            tuple(3, "usage.field.required"),
            tuple(3, "usage.field.required"),
            tuple(3, "usage.field.required"),
            tuple(3, "usage.field.required"),
            tuple(3, "usage.field.required"),
            tuple(3, "usage.field.required"));
    assertThat(unbilled()).isEmpty();

    UsageImportReport accepted = usageRecords.record(List.of(good), SYSTEM);
    assertThat(accepted.accepted()).isEqualTo(1);
    assertThat(unbilled())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.region()).isEqualTo("China North");
              assertThat(u.project()).isEmpty();
              assertThat(u.includedQuantity()).isEqualByComparingTo("0");
            });
  }

  /**
   * A large partner's invoice bills more usage records than PostgreSQL takes bind parameters in one
   * statement (65,535): they are read and marked all the same, every one exactly once.
   */
  @Test
  void moreRecordsThanOneStatementCanNameAreBilledTogether() throws IOException {
    importCsv(HEADER + line(azure, start, "vm-0", "1"));
    int copies = 70_000;
    // the imported reading, copied with other detail line ids (part of the natural key)
    jdbc.sql(
            """
            insert into usage_record
            select gen_random_uuid(), partner_id, customer_id, subscription_id, usage_date,
                   service_name, service_type, resource_guid, resource_name, region, sku,
                   'copy-' || n, consumed_quantity, included_quantity, metered_region,
                   metered_service, metered_service_type, project, service_info, imported_at,
                   import_batch_id
              from usage_record, generate_series(1, :copies) n
             where subscription_id = :azure
            """)
        .param("copies", copies)
        .param("azure", azure)
        .update();
    jdbc.sql(
            """
            insert into unbilled_usage (usage_record_id, partner_id, usage_date)
            select id, partner_id, usage_date from usage_record
             where subscription_id = :azure and detail_line_item_id like 'copy-%'
            """)
        .param("azure", azure)
        .update();

    List<UnbilledUsage> unbilled = unbilled();
    assertThat(unbilled).hasSize(copies + 1);
    transactions.executeWithoutResult(
        tx -> toBill.markBilled(partnerId, unbilled.stream().map(UnbilledUsage::id).toList()));

    assertThat(unbilled()).isEmpty();
    assertThat(
            jdbc.sql("select count(*) from unbilled_usage where partner_id = :partnerId")
                .param("partnerId", partnerId)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void onlyOperatorsAndSystemJobsRecordUsage() {
    Actor partnerUser = Actor.partnerUser(UUID.randomUUID(), "admin@partner.test");
    assertThatThrownBy(
            () ->
                usageRecords.importCsv(
                    new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8)), partnerUser))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "usage.operatorsOnly");
  }
}
