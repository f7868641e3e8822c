package cn.csp.portal.web.api.v1;

import static cn.csp.portal.web.api.v1.CommerceFixtures.E3;
import static cn.csp.portal.web.api.v1.CommerceFixtures.OPERATOR;
import static cn.csp.portal.web.api.v1.CommerceFixtures.badRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.SuspensionReason;
import cn.csp.portal.subscription.Subscription;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.web.api.v1.CommerceFixtures.Partner;
import com.jayway.jsonpath.JsonPath;
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
 * {@code /v1/customers/{cid}/orders} as the Partner Center SDK calls it (contract 8): the captured
 * create body (8.1) gives the order of 8.2 with the subscription of each line, a retry with the
 * same {@code MS-RequestId} answers the same order, and bad bodies are 400 faults that buy nothing.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OrdersApiIT {

  private static final String DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

  /** The body of {@code getOrders().create(order)} as captured (contract 8.1). */
  private static final String CAPTURED_ORDER =
      "{\"attributes\":{\"objectType\":\"Order\"},\"billingCycle\":\"monthly\","
          + "\"lineItems\":[{\"attributes\":{\"objectType\":\"OrderLineItem\"},\"friendlyName\":\"E3\","
          + "\"lineItemNumber\":0,\"offerId\":\"031C9E47-4802-4248-838E-778FB1D2CC05\",\"quantity\":5}],"
          + "\"referenceCustomerId\":\"{cid}\",\"totalPrice\":0.0}";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired PartnerStanding standing;
  @Autowired CustomerDirectory customers;

  private CommerceFixtures fixtures;
  private Partner partner;
  private RequestPostProcessor salesAgent;
  private String e3Order;

  @BeforeEach
  void aCustomerAndASalesAgent() {
    fixtures = new CommerceFixtures(context);
    partner = fixtures.partnerWithACustomer();
    salesAgent = fixtures.user(partner, AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    e3Order = orderBody(partner, fixtures.offer(E3).offerId());
  }

  /** The captured body for the partner's customer and an offer of this catalog. */
  private static String orderBody(Partner partner, String offerId) {
    return CAPTURED_ORDER
        .replace("{cid}", partner.customerId().toString())
        .replace("031C9E47-4802-4248-838E-778FB1D2CC05", offerId);
  }

  @Test
  void theCapturedOrderCreatesASubscriptionPerLineAndAnswersTheOrder() throws Exception {
    String answer =
        create(e3Order, "cb516328-3687-4265-a729-86bc3f207ae3")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.id").isNotEmpty())
            .andExpect(jsonPath("$.referenceCustomerId").value(partner.customerId().toString()))
            .andExpect(jsonPath("$.billingCycle").value("monthly"))
            .andExpect(jsonPath("$.currencyCode").value("CNY"))
            .andExpect(jsonPath("$.creationDate").value(matchesPattern(DATE)))
            .andExpect(jsonPath("$.status").value("completed"))
            .andExpect(jsonPath("$.lineItems.length()").value(1))
            .andExpect(jsonPath("$.lineItems[0].lineItemNumber").value(0))
            .andExpect(jsonPath("$.lineItems[0].offerId").value(fixtures.offer(E3).offerId()))
            .andExpect(jsonPath("$.lineItems[0].friendlyName").value("E3"))
            .andExpect(jsonPath("$.lineItems[0].quantity").value(5))
            .andExpect(jsonPath("$.lineItems[0].subscriptionId").isNotEmpty())
            .andExpect(jsonPath("$.attributes.objectType").value("Order"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String orderId = JsonPath.read(answer, "$.id");
    String subscriptionId = JsonPath.read(answer, "$.lineItems[0].subscriptionId");
    String subscriptionUri =
        "customers/" + partner.customerId() + "/subscriptions/" + subscriptionId;
    assertThat((String) JsonPath.read(answer, "$.lineItems[0].links.subscription.uri"))
        .isEqualTo(subscriptionUri);
    assertThat((String) JsonPath.read(answer, "$.links.self.uri"))
        .isEqualTo("customers/" + partner.customerId() + "/orders/" + orderId);

    Subscription created = fixtures.find(partner, UUID.fromString(subscriptionId));
    assertThat(created.orderId()).isEqualTo(orderId);
    assertThat(created.offerId()).isEqualTo(fixtures.offer(E3).offerId());
    assertThat(created.quantity()).isEqualTo(5);
    assertThat(created.friendlyName()).isEqualTo("E3");
    mvc.perform(get("/v1/" + subscriptionUri).with(salesAgent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.orderId").value(orderId));

    mvc.perform(
            get(partner.customerPath() + "/orders")
                .param("include_price", "false")
                .with(salesAgent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalCount").value(1))
        .andExpect(jsonPath("$.attributes.objectType").value("Collection"))
        .andExpect(jsonPath("$.items[0].id").value(orderId))
        .andExpect(jsonPath("$.items[0].lineItems[0].subscriptionId").value(subscriptionId));
    mvc.perform(
            get(partner.customerPath() + "/orders/" + orderId)
                .param("include_price", "false")
                .with(salesAgent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(orderId))
        .andExpect(jsonPath("$.status").value("completed"));
    mvc.perform(get(partner.customerPath() + "/orders/no-such-order").with(salesAgent))
        .andExpect(status().isNotFound());
    mvc.perform(
            get(partner.customerPath() + "/orders")
                .param("include_price", "maybe")
                .with(salesAgent))
        .andExpect(badRequest());
  }

  @Test
  void aRetryWithTheSameRequestIdAnswersTheSameOrderAndBuysNothingTwice() throws Exception {
    String requestId = UUID.randomUUID().toString();
    String first =
        create(e3Order, requestId)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String retry =
        create(e3Order, requestId)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat((String) JsonPath.read(retry, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
    assertThat((String) JsonPath.read(retry, "$.lineItems[0].subscriptionId"))
        .isEqualTo(JsonPath.read(first, "$.lineItems[0].subscriptionId"));
    assertThat(fixtures.subscriptionsOf(partner)).hasSize(1);

    // without a request id every call orders
    create(e3Order, null).andExpect(status().isCreated());
    assertThat(fixtures.subscriptionsOf(partner)).hasSize(2);

    // the same request id for another customer is not a retry
    Partner samePartner =
        new Partner(
            partner.partnerId(),
            partner.mpnId(),
            customers
                .createCustomer(
                    partner.partnerId(),
                    cn.csp.portal.testsupport.CustomerFixtures.aCustomer("Other Ltd"),
                    CommerceFixtures.SYSTEM)
                .customerId());
    mvc.perform(
            post(samePartner.customerPath() + "/orders")
                .with(salesAgent)
                .header("MS-RequestId", requestId)
                .contentType(MediaType.APPLICATION_JSON)
                .content(orderBody(samePartner, fixtures.offer(E3).offerId())))
        .andExpect(badRequest());
    assertThat(fixtures.subscriptionsOf(samePartner)).isEmpty();
  }

  @Test
  void lineItemNumbersOrderTheLinesAndAddOnsNameTheirBase() throws Exception {
    String e3 = fixtures.offer(E3).offerId();
    String powerBi = fixtures.offer("Power BI Pro").offerId();
    String body =
        "{\"billingCycle\":\"monthly\",\"referenceCustomerId\":\""
            + partner.customerId()
            + "\",\"lineItems\":[{\"lineItemNumber\":1,\"offerId\":\""
            + powerBi
            + "\",\"quantity\":2},{\"lineItemNumber\":0,\"offerId\":\""
            + e3
            + "\",\"quantity\":3}]}";
    String answer =
        create(body, UUID.randomUUID().toString())
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.lineItems[0].lineItemNumber").value(0))
            .andExpect(jsonPath("$.lineItems[0].offerId").value(e3))
            .andExpect(jsonPath("$.lineItems[1].lineItemNumber").value(1))
            .andExpect(jsonPath("$.lineItems[1].offerId").value(powerBi))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String baseId = JsonPath.read(answer, "$.lineItems[0].subscriptionId");

    String archiving = fixtures.offer("Exchange Online Archiving").offerId();
    create(
            "{\"referenceCustomerId\":\""
                + partner.customerId()
                + "\",\"lineItems\":[{\"offerId\":\""
                + archiving
                + "\",\"quantity\":1,\"parentSubscriptionId\":\""
                + baseId
                + "\"}]}",
            UUID.randomUUID().toString())
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.lineItems[0].offerId").value(archiving));
    // without its base an add-on is refused by the order rules
    create(
            "{\"referenceCustomerId\":\""
                + partner.customerId()
                + "\",\"lineItems\":[{\"offerId\":\""
                + archiving
                + "\",\"quantity\":1}]}",
            UUID.randomUUID().toString())
        .andExpect(badRequest());
    assertThat(fixtures.subscriptionsOf(partner)).hasSize(3);
  }

  @Test
  void badBodiesAre400FaultsNamingTheFieldAndBuyNothing() throws Exception {
    String e3 = fixtures.offer(E3).offerId();
    expectRefused(
        CAPTURED_ORDER
            .replace("{cid}", UUID.randomUUID().toString())
            .replace("031C9E47-4802-4248-838E-778FB1D2CC05", e3),
        "referenceCustomerId");
    expectRefused(
        e3Order.replace(",\"referenceCustomerId\":\"" + partner.customerId() + "\"", ""),
        "referenceCustomerId");
    expectRefused(
        orderBody(partner, "031C9E47-4802-4248-838E-778FB1D2CC05"), "lineItems[0].offerId");
    expectRefused(e3Order.replace("\"quantity\":5", "\"quantity\":-1"), "lineItems[0].quantity");
    expectRefused(e3Order.replace("\"quantity\":5", "\"quantity\":0"), "lineItems[0].quantity");
    expectRefused(e3Order.replace(",\"quantity\":5", ""), "lineItems[0].quantity");
    expectRefused(e3Order.replace("\"quantity\":5", "\"quantity\":10001"), "quantity");
    expectRefused(
        e3Order.replace("\"billingCycle\":\"monthly\"", "\"billingCycle\":\"annual\""),
        "billingCycle");
    expectRefused(
        e3Order.replace("\"lineItemNumber\":0", "\"lineItemNumber\":3"),
        "lineItems[0].lineItemNumber");
    expectRefused(
        "{\"referenceCustomerId\":\"" + partner.customerId() + "\",\"lineItems\":[]}", "lineItems");
    expectRefused(
        e3Order.replace("\"quantity\":5", "\"quantity\":5,\"parentSubscriptionId\":\"nope\""),
        "lineItems[0].parentSubscriptionId");
    create(e3Order, "not a valid id")
        .andExpect(badRequest())
        .andExpect(jsonPath("$.data[0]").value("MS-RequestId"));
    create(e3Order.replace("\"quantity\":5", "\"quantity\":\"abc\""), null).andExpect(badRequest());
    create(e3Order.replace("\"billingCycle\":\"monthly\"", "\"billingCycle\":\"weekly\""), null)
        .andExpect(badRequest());
    create("{\"lineItems\":{\"offerId\":1}}", null).andExpect(badRequest());
    create("[1,2]", null).andExpect(badRequest());
    create("not json", null).andExpect(badRequest());
    mvc.perform(
            post(partner.customerPath() + "/orders")
                .with(salesAgent)
                .contentType(MediaType.TEXT_PLAIN)
                .content(e3Order))
        .andExpect(badRequest());
    assertThat(fixtures.subscriptionsOf(partner)).isEmpty();
  }

  @Test
  void aHelpDeskAgentMayNotOrder() throws Exception {
    RequestPostProcessor helpDesk =
        fixtures.user(partner, AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);
    mvc.perform(
            post(partner.customerPath() + "/orders")
                .with(helpDesk)
                .contentType(MediaType.APPLICATION_JSON)
                .content(e3Order))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.data[0]").value("subscription:manage"));
    assertThat(fixtures.subscriptionsOf(partner)).isEmpty();
  }

  @Test
  void anotherPartnersCustomerDoesNotExist() throws Exception {
    Partner other = fixtures.partnerWithACustomer();
    Subscription theirs = fixtures.order(other, E3, 5, null);

    mvc.perform(
            post(other.customerPath() + "/orders")
                .with(salesAgent)
                .contentType(MediaType.APPLICATION_JSON)
                .content(orderBody(other, fixtures.offer(E3).offerId())))
        .andExpect(status().isNotFound());
    mvc.perform(get(other.customerPath() + "/orders").with(salesAgent))
        .andExpect(status().isNotFound());
    mvc.perform(get(other.customerPath() + "/orders/" + theirs.orderId()).with(salesAgent))
        .andExpect(status().isNotFound());
    // their order under our customer's address
    mvc.perform(get(partner.customerPath() + "/orders/" + theirs.orderId()).with(salesAgent))
        .andExpect(status().isNotFound());
    assertThat(fixtures.subscriptionsOf(other)).hasSize(1);
  }

  @Test
  void aSuspendedPartnerIsRefusedWithAFaultNotAServerError() throws Exception {
    standing.suspend(
        partner.partnerId(), SuspensionReason.DELINQUENCY, "Unpaid invoices", OPERATOR);
    create(e3Order, UUID.randomUUID().toString())
        .andExpect(badRequest())
        .andExpect(jsonPath("$.description").isNotEmpty());
    assertThat(fixtures.subscriptionsOf(partner)).isEmpty();
  }

  private ResultActions create(String body, String requestId) throws Exception {
    var request =
        post(partner.customerPath() + "/orders")
            .with(salesAgent)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body);
    if (requestId != null) {
      request.header("MS-RequestId", requestId);
    }
    return mvc.perform(request);
  }

  private void expectRefused(String body, String field) throws Exception {
    create(body, UUID.randomUUID().toString())
        .andExpect(badRequest())
        .andExpect(jsonPath("$.data[0]").value(field));
  }
}
