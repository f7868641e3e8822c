package cn.csp.portal.web.api.v1;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.billing.BillingRun;
import cn.csp.portal.billing.BillingRunStatus;
import cn.csp.portal.billing.BillingRuns;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.ApiAccess;
import cn.csp.portal.partner.ApiAccess.IssuedClientSecret;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PersonalTokenValidity;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PriceListFixtures;
import cn.csp.portal.testsupport.TestClock;
import cn.csp.portal.web.api.ApiTokens;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A partner's working day through the {@code /v1} API only, as an integration would run it with the
 * SDK: an App-only token from the token endpoint creates a customer, finds an offer, orders,
 * suspends, reactivates with more licenses; after the month's billing run (21Vianet's job, not the
 * partner's) it reads the invoice and its line items; a personal token opens and closes a service
 * request. Every answer is checked for the status the SDK needs and for what it says.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
class PartnerDayApiIT {

  private static final int BILLING_DAY = 10;
  private static final LocalDate DAY = LocalDate.of(2102, 3, BILLING_DAY);
  private static final String E3 = "Office 365 Enterprise E3";
  private static final Actor SYSTEM = Actor.system("test");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired ApiAccess access;
  @Autowired ApiTokens apiTokens;
  @Autowired BillingRuns billingRuns;
  @Autowired PriceLists priceLists;
  @Autowired OfferCatalog catalog;
  @Autowired TestClock clock;
  @Autowired JsonMapper json;

  @Test
  void createOrderSuspendChangeQuantityReadTheInvoiceAndHandleAServiceRequest() throws Exception {
    clock.setToNoonOn(DAY);
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, DAY);
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, DAY.plusMonths(1));
    UUID partnerId =
        partners.createPartner(aPartner("Partner Day " + UUID.randomUUID(), BILLING_DAY), SYSTEM);
    NewPartnerUser admin = aUser(AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    Actor adminActor = Actor.partnerUser(partners.addUser(partnerId, admin, SYSTEM), admin.email());
    IssuedClientSecret app = access.registerApplication(partnerId, "Nightly sync", adminActor);
    String appToken = tokenFor(app);
    String userToken =
        apiTokens.personalToken(
            access.createPersonalToken(
                partnerId, "Support desk", PersonalTokenValidity.DAYS_90, adminActor));

    // the customer
    String domain = "day" + UUID.randomUUID().toString().substring(0, 8);
    JsonNode customer =
        call(
            post("/v1/customers")
                .header("MS-RequestId", UUID.randomUUID().toString())
                .content(newCustomer(domain)),
            appToken,
            status().isCreated());
    String customerId = customer.get("id").asString();
    assertThat(customer.get("companyProfile").get("domain").asString())
        .isEqualTo(domain + ".partner.onmschina.cn");
    assertThat(customer.get("userCredentials").get("userName").asString()).isNotBlank();
    String customerPath = "/v1/customers/" + customerId;

    // an offer from the customer's catalog, then the order
    JsonNode offers = call(get(customerPath + "/offers"), appToken, status().isOk());
    String offerId = null;
    for (JsonNode offer : offers.get("items")) {
      if (offer.get("name").asString().equals(E3)) {
        offerId = offer.get("id").asString();
      }
    }
    assertThat(offerId).as("E3 is offered").isNotNull();
    JsonNode order =
        call(
            post(customerPath + "/orders")
                .header("MS-RequestId", UUID.randomUUID().toString())
                .content(
                    """
                    {"referenceCustomerId":"%s","billingCycle":"monthly",
                     "lineItems":[{"lineItemNumber":0,"offerId":"%s","quantity":5,
                                   "friendlyName":"E3 for sales"}]}
                    """
                        .formatted(customerId, offerId)),
            appToken,
            status().isCreated());
    String subscriptionId = order.get("lineItems").get(0).get("subscriptionId").asString();
    String subscriptionPath = customerPath + "/subscriptions/" + subscriptionId;

    // suspend, then reactivate with ten licenses, each time sending the whole object back
    ObjectNode subscription = (ObjectNode) call(get(subscriptionPath), appToken, status().isOk());
    assertThat(subscription.get("status").asString()).isEqualTo("active");
    assertThat(subscription.get("quantity").asInt()).isEqualTo(5);
    subscription.put("status", "suspended");
    JsonNode suspended =
        call(patch(subscriptionPath).content(subscription.toString()), appToken, status().isOk());
    assertThat(suspended.get("status").asString()).isEqualTo("suspended");
    ObjectNode reactivate = (ObjectNode) suspended;
    reactivate.put("status", "active");
    reactivate.put("quantity", 10);
    JsonNode changed =
        call(patch(subscriptionPath).content(reactivate.toString()), appToken, status().isOk());
    assertThat(changed.get("status").asString()).isEqualTo("active");
    assertThat(changed.get("quantity").asInt()).isEqualTo(10);
    JsonNode ofTheOrder =
        call(
            get(customerPath + "/subscriptions").param("order_id", order.get("id").asString()),
            appToken,
            status().isOk());
    assertThat(ofTheOrder.get("items").get(0).get("id").asString()).isEqualTo(subscriptionId);

    // 21Vianet bills the month; the partner reads the invoice and its license lines
    LocalDate invoiceDate = DAY.plusMonths(1);
    clock.setToNoonOn(invoiceDate);
    BillingRun run =
        billingRuns.run(partnerId, invoiceDate, Actor.operator(UUID.randomUUID(), "op@21v"));
    assertThat(run.status()).isEqualTo(BillingRunStatus.COMPLETED);
    JsonNode invoices = call(get("/v1/invoices"), appToken, status().isOk());
    assertThat(invoices.get("totalCount").asInt()).isEqualTo(1);
    String invoiceId = invoices.get("items").get(0).get("id").asString();
    assertThat(invoiceId).isEqualTo(run.invoiceId());
    JsonNode invoice = call(get("/v1/invoices/" + invoiceId), userToken, status().isOk());
    assertThat(invoice.get("totalCharges").decimalValue()).isPositive();
    JsonNode lines =
        call(
            get("/v1/invoices/" + invoiceId + "/lineitems/office/BILLINGLINEITEMS"),
            appToken,
            status().isOk());
    List<Integer> quantities = new ArrayList<>();
    for (JsonNode line : lines.get("items")) {
      assertThat(line.get("billingProvider").asString()).isEqualTo("office");
      assertThat(line.get("invoiceLineItemType").asString()).isEqualTo("billing_line_items");
      assertThat(line.get("customerId").asString()).isEqualTo(customerId);
      quantities.add(line.get("quantity").asInt());
    }
    assertThat(quantities).as("the licenses billed, before and after the change").contains(10);

    // a question about the invoice, answered and closed
    JsonNode request =
        call(
            post("/v1/servicerequests/zh-CN")
                .content(
                    """
                    {"severity":"minimal","status":"none","title":"License count on invoice",
                     "description":"We went from 5 to 10 licenses mid-month.",
                     "supportTopicId":"32444673"}
                    """),
            userToken,
            status().isCreated());
    assertThat(request.get("status").asString()).isEqualTo("open");
    String requestPath = "/v1/servicerequests/" + request.get("id").asString();
    call(
        patch(requestPath)
            .content(
                "{\"severity\":\"unknown\",\"status\":\"none\","
                    + "\"newNote\":{\"text\":\"Found it: proration.\"}}"),
        userToken,
        status().isOk());
    JsonNode closed =
        call(
            patch(requestPath).content("{\"severity\":\"unknown\",\"status\":\"closed\"}"),
            userToken,
            status().isOk());
    assertThat(closed.get("status").asString()).isEqualTo("closed");
    assertThat(closed.get("notes").size()).isEqualTo(1);
  }

  private String tokenFor(IssuedClientSecret app) throws Exception {
    String body =
        mvc.perform(
                post("/oauth2/token")
                    .with(httpBasic(app.clientId(), app.clientSecret()))
                    .param("grant_type", "client_credentials"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body).get("access_token").asString();
  }

  /** One API call as the SDK makes it; the answer's JSON body. */
  private JsonNode call(MockHttpServletRequestBuilder request, String token, ResultMatcher status)
      throws Exception {
    String body =
        mvc.perform(
                request
                    .header("Authorization", "Bearer " + token)
                    .header("MS-CorrelationId", "5b5a5c3e-6a0b-4f55-9d55-2ad1a3b1c0de")
                    .header("X-Locale", "en-US")
                    .accept(MediaType.APPLICATION_JSON)
                    .contentType("application/json; charset=utf-8"))
            .andExpect(status)
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return json.readTree(body);
  }

  private static String newCustomer(String domain) {
    return """
        {"attributes":{"objectType":"Customer"},
         "companyProfile":{"domain":"%s.partner.onmschina.cn","companyName":"Day Trading Co"},
         "billingProfile":{"language":"zh","companyName":"Day Trading Co","culture":"zh-CN",
           "email":"it@daytrading.cn",
           "defaultAddress":{"country":"CN","city":"Shanghai","state":"SH",
             "addressLine1":"1 Road","postalCode":"200000","firstName":"Li","lastName":"Lei"}}}
        """
        .formatted(domain);
  }
}
