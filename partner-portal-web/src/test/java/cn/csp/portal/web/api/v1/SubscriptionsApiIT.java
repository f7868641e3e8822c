package cn.csp.portal.web.api.v1;

import static cn.csp.portal.web.api.v1.CommerceFixtures.E3;
import static cn.csp.portal.web.api.v1.CommerceFixtures.OPERATOR;
import static cn.csp.portal.web.api.v1.CommerceFixtures.badRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.SuspensionReason;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.Subscription;
import cn.csp.portal.subscription.SubscriptionStatus;
import cn.csp.portal.subscription.SubscriptionSuspensionReason;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.web.api.v1.CommerceFixtures.Partner;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code /v1/customers/{cid}/subscriptions} as the Partner Center SDK calls it (contract 8): the
 * list and its filters, the subscription's shape and enum values (8.2, 9), and the PATCH bodies the
 * SDK sends (8.1), which change only what differs from the stored subscription.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SubscriptionsApiIT {

  private static final String DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";
  private static final String MIDNIGHT = "\\d{4}-\\d{2}-\\d{2}T00:00:00Z";

  /**
   * The body the SDK sends after {@code get()} and {@code setStatus(SUSPENDED)}, as captured
   * (contract 8.1); only the captured {@code links} were abbreviated there and are written out here
   * as the SDK echoes them. Its ids and etag are another server's: read-only noise.
   */
  private static final String SUSPEND_BODY =
      "{\"attributes\":{\"etag\":\"sub-etag\",\"objectType\":\"Subscription\"},\"orderId\":\"order-1\","
          + "\"billingCycle\":\"monthly\",\"creationDate\":\"2024-01-02T03:04:05.000Z\","
          + "\"friendlyName\":\"Office 365 E3\",\"id\":\"5b1e…9e01\",\"isMicrosoftProduct\":false,"
          + "\"isTrial\":false,\"offerId\":\"031C9E47-…\",\"offerName\":\"Office 365 E3\","
          + "\"quantity\":5,\"termDuration\":\"P1Y\",\"unitType\":\"Licenses\","
          + "\"effectiveStartDate\":\"2024-01-02T00:00:00.000Z\","
          + "\"commitmentEndDate\":\"2025-01-01T00:00:00.000Z\",\"status\":\"suspended\","
          + "\"autoRenewEnabled\":true,\"links\":{\"self\":{\"uri\":\"customers/c/subscriptions/s\","
          + "\"method\":\"GET\",\"headers\":[]},\"offer\":{\"uri\":\"offers/031C9E47\","
          + "\"method\":\"GET\",\"headers\":[]}},\"hasPurchasableAddOns\":false,"
          + "\"billingType\":\"license\",\"contractType\":\"subscription\"}";

  /** The same body after {@code setQuantity(10)} and {@code setStatus(ACTIVE)}. */
  private static final String QUANTITY_BODY =
      SUSPEND_BODY
          .replace("\"quantity\":5", "\"quantity\":10")
          .replace("\"status\":\"suspended\"", "\"status\":\"active\"");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired PartnerStanding standing;
  @Autowired Subscriptions subscriptions;
  @Autowired OfferCatalog catalog;

  private CommerceFixtures fixtures;
  private Partner partner;
  private RequestPostProcessor adminAgent;
  private Subscription e3;

  @BeforeEach
  void aCustomerWithFiveE3Licenses() {
    fixtures = new CommerceFixtures(context);
    partner = fixtures.partnerWithACustomer();
    adminAgent = fixtures.user(partner, AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    e3 = fixtures.order(partner, E3, 5, "Office 365 E3");
  }

  @Test
  void theListAndOneSubscriptionHaveTheShapeAndEnumValuesTheSdkParses() throws Exception {
    String self = "customers/" + partner.customerId() + "/subscriptions/" + e3.id();
    mvc.perform(get(partner.customerPath() + "/subscriptions").with(adminAgent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalCount").value(1))
        .andExpect(jsonPath("$.attributes.objectType").value("Collection"))
        .andExpect(
            jsonPath("$.links.self.uri")
                .value("customers/" + partner.customerId() + "/subscriptions"))
        .andExpect(jsonPath("$.items[0].id").value(e3.id().toString()))
        .andExpect(jsonPath("$.items[0].links.self.uri").value(self));

    mvc.perform(get("/v1/" + self).with(adminAgent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(e3.id().toString()))
        .andExpect(jsonPath("$.offerId").value(fixtures.offer(E3).offerId()))
        .andExpect(jsonPath("$.offerName").value(E3))
        .andExpect(jsonPath("$.friendlyName").value("Office 365 E3"))
        .andExpect(jsonPath("$.quantity").value(5))
        .andExpect(jsonPath("$.unitType").value("Licenses"))
        .andExpect(jsonPath("$.creationDate").value(matchesPattern(DATE)))
        .andExpect(jsonPath("$.effectiveStartDate").value(matchesPattern(MIDNIGHT)))
        .andExpect(jsonPath("$.commitmentEndDate").value(matchesPattern(MIDNIGHT)))
        .andExpect(jsonPath("$.status").value("active"))
        .andExpect(jsonPath("$.autoRenewEnabled").value(true))
        .andExpect(jsonPath("$.isTrial").value(false))
        .andExpect(jsonPath("$.billingType").value("license"))
        .andExpect(jsonPath("$.billingCycle").value("monthly"))
        .andExpect(jsonPath("$.contractType").value("subscription"))
        .andExpect(jsonPath("$.termDuration").value("P1Y"))
        .andExpect(jsonPath("$.orderId").value(e3.orderId()))
        .andExpect(jsonPath("$.hasPurchasableAddOns").value(true))
        .andExpect(jsonPath("$.partnerId").doesNotExist())
        .andExpect(
            jsonPath("$.links.offer.uri")
                .value("offers/" + fixtures.offer(E3).offerId() + "?country=CN"))
        .andExpect(jsonPath("$.links.offer.method").value("GET"))
        .andExpect(jsonPath("$.links.self.uri").value(self))
        .andExpect(jsonPath("$.attributes.objectType").value("Subscription"))
        .andExpect(jsonPath("$.attributes.etag").value(Long.toString(e3.version())));
  }

  @Test
  void subscriptionsOfOneOrderAndOfOnePartner() throws Exception {
    Subscription powerBi = fixtures.order(partner, "Power BI Pro", 3, null);
    String list = partner.customerPath() + "/subscriptions";

    mvc.perform(get(list).param("order_id", powerBi.orderId()).with(adminAgent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalCount").value(1))
        .andExpect(jsonPath("$.items[0].id").value(powerBi.id().toString()))
        .andExpect(
            jsonPath("$.links.self.uri")
                .value(
                    "customers/"
                        + partner.customerId()
                        + "/subscriptions?order_id="
                        + powerBi.orderId()));
    mvc.perform(get(list).param("order_id", "no-such-order").with(adminAgent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalCount").value(0));

    // sold through the partner itself: no indirect reseller of record
    mvc.perform(get(list).param("mpn_id", partner.mpnId()).with(adminAgent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalCount").value(2))
        .andExpect(
            jsonPath("$.items[*].id").value(contains(e3.id().toString(), powerBi.id().toString())));
    mvc.perform(get(list).param("mpn_id", "1234567").with(adminAgent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalCount").value(0));
  }

  @Test
  void theCapturedSuspendBodySuspendsAndTheQuantityBodyReactivatesAndChangesLicenses()
      throws Exception {
    patchE3(SUSPEND_BODY)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(e3.id().toString()))
        .andExpect(jsonPath("$.status").value("suspended"))
        .andExpect(jsonPath("$.quantity").value(5))
        .andExpect(jsonPath("$.contractType").value("subscription"));
    Subscription suspended = fixtures.find(partner, e3.id());
    assertThat(suspended.status()).isEqualTo(SubscriptionStatus.SUSPENDED);
    assertThat(suspended.suspensionReason()).isEqualTo(SubscriptionSuspensionReason.OTHER);
    assertThat(suspended.friendlyName()).isEqualTo("Office 365 E3");

    // the SDK sends the same body again: nothing differs, nothing changes
    patchE3(SUSPEND_BODY)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("suspended"));
    assertThat(fixtures.find(partner, e3.id()).version()).isEqualTo(suspended.version());

    patchE3(QUANTITY_BODY)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("active"))
        .andExpect(jsonPath("$.quantity").value(10));
    Subscription changed = fixtures.find(partner, e3.id());
    assertThat(changed.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(changed.quantity()).isEqualTo(10);
  }

  @Test
  void aNewFriendlyNameRenamesAndDeletedCancelsWithTheAddOns() throws Exception {
    patchE3(
            SUSPEND_BODY
                .replace("\"status\":\"suspended\"", "\"status\":\"active\"")
                .replace("\"friendlyName\":\"Office 365 E3\"", "\"friendlyName\":\"Head office\""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.friendlyName").value("Head office"));

    patchE3("{\"status\":\"Deleted\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("deleted"))
        .andExpect(jsonPath("$.autoRenewEnabled").value(false));
    assertThat(fixtures.find(partner, e3.id()).status()).isEqualTo(SubscriptionStatus.CANCELLED);

    // a cancelled subscription cannot come back
    patchE3("{\"status\":\"active\"}").andExpect(badRequest());
  }

  @Test
  void anEtagOfThisPortalThatIsNoLongerCurrentIsRefusedAndNothingChanges() throws Exception {
    String etag = Long.toString(e3.version());
    subscriptions.changeQuantity(
        partner.partnerId(),
        partner.customerId(),
        e3.id(),
        7,
        e3.version(),
        CommerceFixtures.SYSTEM);

    patchE3(QUANTITY_BODY.replace("sub-etag", etag))
        .andExpect(badRequest())
        .andExpect(jsonPath("$.code").exists());
    assertThat(fixtures.find(partner, e3.id()).quantity()).isEqualTo(7);
  }

  @Test
  void badBodiesAre400FaultsNamingTheFieldAndChangeNothing() throws Exception {
    patchE3(QUANTITY_BODY.replace("\"quantity\":10", "\"quantity\":-1"))
        .andExpect(badRequest())
        .andExpect(jsonPath("$.data[0]").value("quantity"));
    patchE3(QUANTITY_BODY.replace("\"quantity\":10", "\"quantity\":\"abc\""))
        .andExpect(badRequest());
    patchE3(SUSPEND_BODY.replace("\"status\":\"suspended\"", "\"status\":\"pending\""))
        .andExpect(badRequest())
        .andExpect(jsonPath("$.data[0]").value("status"));
    patchE3(SUSPEND_BODY.replace("\"contractType\":\"subscription\"", "\"contractType\":\"x\""))
        .andExpect(badRequest())
        .andExpect(jsonPath("$.data[0]").value("contractType"));
    patchE3(SUSPEND_BODY.replace("\"autoRenewEnabled\":true", "\"autoRenewEnabled\":false"))
        .andExpect(badRequest())
        .andExpect(jsonPath("$.data[0]").value("autoRenewEnabled"));
    patchE3(SUSPEND_BODY.replace("\"billingCycle\":\"monthly\"", "\"billingCycle\":\"annual\""))
        .andExpect(badRequest())
        .andExpect(jsonPath("$.data[0]").value("billingCycle"));
    patchE3("{\"quantity\":[1]}").andExpect(badRequest());
    patchE3("{\"status\":5}").andExpect(badRequest());
    patchE3("not json").andExpect(badRequest());
    patchE3("").andExpect(badRequest());
    mvc.perform(
            patch(partner.customerPath() + "/subscriptions/not-a-guid")
                .with(adminAgent)
                .contentType(MediaType.APPLICATION_JSON)
                .content(SUSPEND_BODY))
        .andExpect(badRequest());

    Subscription unchanged = fixtures.find(partner, e3.id());
    assertThat(unchanged.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(unchanged.quantity()).isEqualTo(5);
    assertThat(unchanged.version()).isEqualTo(e3.version());
  }

  @Test
  void aPatchThatFailsHalfwayChangesNothing() throws Exception {
    // reactivating would succeed, the quantity then breaks the offer's range: all or nothing
    patchE3(SUSPEND_BODY).andExpect(status().isOk());
    patchE3(QUANTITY_BODY.replace("\"quantity\":10", "\"quantity\":10001"))
        .andExpect(badRequest())
        .andExpect(jsonPath("$.data[0]").value("quantity"));
    assertThat(fixtures.find(partner, e3.id()).status()).isEqualTo(SubscriptionStatus.SUSPENDED);
  }

  @Test
  void aHelpDeskAgentReadsButMayNotChange() throws Exception {
    RequestPostProcessor helpDesk =
        fixtures.user(partner, AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);
    mvc.perform(get(partner.customerPath() + "/subscriptions/" + e3.id()).with(helpDesk))
        .andExpect(status().isOk());
    mvc.perform(
            patch(partner.customerPath() + "/subscriptions/" + e3.id())
                .with(helpDesk)
                .contentType(MediaType.APPLICATION_JSON)
                .content(SUSPEND_BODY))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.data[0]").value("subscription:manage"));
    assertThat(fixtures.find(partner, e3.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
  }

  @Test
  void anotherPartnersCustomerAndSubscriptionDoNotExist() throws Exception {
    Partner other = fixtures.partnerWithACustomer();
    Subscription theirs = fixtures.order(other, E3, 5, "Office 365 E3");

    mvc.perform(get(other.customerPath() + "/subscriptions").with(adminAgent))
        .andExpect(status().isNotFound());
    mvc.perform(get(other.customerPath() + "/subscriptions/" + theirs.id()).with(adminAgent))
        .andExpect(status().isNotFound());
    // their subscription under our customer's address
    mvc.perform(get(partner.customerPath() + "/subscriptions/" + theirs.id()).with(adminAgent))
        .andExpect(status().isNotFound());
    mvc.perform(
            patch(partner.customerPath() + "/subscriptions/" + theirs.id())
                .with(adminAgent)
                .contentType(MediaType.APPLICATION_JSON)
                .content(SUSPEND_BODY))
        .andExpect(status().isNotFound());
    mvc.perform(
            get(partner.customerPath() + "/subscriptions/" + UUID.randomUUID()).with(adminAgent))
        .andExpect(status().isNotFound());
    assertThat(fixtures.find(other, theirs.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
  }

  @Test
  void aSuspendedPartnerMaySuspendButNotAddLicenses() throws Exception {
    standing.suspend(
        partner.partnerId(), SuspensionReason.DELINQUENCY, "Unpaid invoices", OPERATOR);

    patchE3(
            SUSPEND_BODY
                .replace("\"status\":\"suspended\"", "\"status\":\"active\"")
                .replace("\"quantity\":5", "\"quantity\":10"))
        .andExpect(badRequest())
        .andExpect(jsonPath("$.description").exists());
    patchE3(SUSPEND_BODY)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("suspended"));
    patchE3(QUANTITY_BODY).andExpect(badRequest());
    assertThat(fixtures.find(partner, e3.id()).status()).isEqualTo(SubscriptionStatus.SUSPENDED);
  }

  private ResultActions patchE3(String body) throws Exception {
    return mvc.perform(
        patch(partner.customerPath() + "/subscriptions/" + e3.id())
            .with(adminAgent)
            .contentType(MediaType.APPLICATION_JSON)
            .characterEncoding("UTF-8")
            .content(body));
  }
}
