package cn.csp.portal.web.customers;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.IndirectPartnerships;
import cn.csp.portal.partner.NewPartner;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerStanding;
import cn.csp.portal.partner.SuspensionReason;
import cn.csp.portal.subscription.CatalogPins;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.PriceLists;
import cn.csp.portal.subscription.Subscription;
import cn.csp.portal.subscription.SubscriptionEventType;
import cn.csp.portal.subscription.SubscriptionStatus;
import cn.csp.portal.subscription.SubscriptionSuspensionReason;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.testsupport.CustomerFixtures;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.PriceListFixtures;
import cn.csp.portal.web.PortalSessions;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The subscription pages (spec 2.20-2.24) against the real database, as partner users work with
 * them: ordering (idempotent, with every kind of bad input), the details page's changes, the
 * version check, add-ons, upgrades, who sees prices and action forms, and the partner boundary.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SubscriptionPagesIT {

  private static final Actor SYSTEM = Actor.system("test");
  private static final Actor OPERATOR = Actor.operator(UUID.randomUUID(), "op@21vianet.example");
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Pattern REDIRECT_TO_SUBSCRIPTION =
      Pattern.compile("/customers/[0-9a-f-]{36}/subscriptions/([0-9a-f-]{36})");

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired PartnerStanding standing;
  @Autowired CustomerDirectory customers;
  @Autowired Subscriptions subscriptions;
  @Autowired OfferCatalog catalog;
  @Autowired PriceLists priceLists;
  @Autowired IndirectPartnerships partnerships;
  @Autowired CatalogPins pins;

  private UUID partnerId;
  private UUID customerId;

  @BeforeEach
  void aPartnerWithACustomerAndPrices() {
    PriceListFixtures.ensurePublishedAround(priceLists, catalog, LocalDate.now(CHINA));
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    customerId =
        customers.createCustomer(partnerId, aCustomer("Subscriber Ltd"), SYSTEM).customerId();
  }

  @Test
  void aSalesAgentAddsASubscriptionAndSeesItOnTheCustomersPages() throws Exception {
    MockHttpSession session = signIn(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    Offer e3 = offer("Office 365 Enterprise E3");

    assertThat(html(get(subscriptionsOf()), session))
        .contains("id=\"add-subscription\"", "id=\"no-subscriptions\"", "id=\"tab-subscriptions\"");
    String form = html(get(subscriptionsOf() + "/new"), session);
    assertThat(form)
        .contains(
            "value=\"" + e3.offerId() + "\"",
            "Office 365 Enterprise E3",
            "Power BI Pro",
            "每个订阅 1 至 10,000（Licenses）")
        // add-ons are bought with their base, not here
        .doesNotContain("Exchange Online Archiving");
    String requestId = hidden(form, "requestId");

    String location =
        redirect(
            post(subscriptionsOf() + "/new")
                .param("requestId", requestId)
                .param("offerId", e3.offerId())
                .param("quantity", "25")
                .param("friendlyName", "Head office E3"),
            session);
    UUID subscriptionId = subscriptionIdIn(location);
    Subscription created = find(subscriptionId);
    assertThat(created.offerName()).isEqualTo("Office 365 Enterprise E3");
    assertThat(created.quantity()).isEqualTo(25);
    assertThat(created.friendlyName()).isEqualTo("Head office E3");
    assertThat(created.effectiveStartDate()).isEqualTo(LocalDate.now(CHINA).plusDays(1));

    // the details page, once with the confirmation
    String details = html(get(location), session);
    assertThat(details)
        .contains(
            "id=\"done\"",
            "订单已提交",
            "Head office E3",
            subscriptionId.toString(),
            created.orderId(),
            e3.durableOfferId(),
            "25（Licenses）",
            "活动",
            "Exchange Online",
            "id=\"quantity-form\"",
            "id=\"suspend-form\"",
            "id=\"cancel-form\"")
        .contains("购买", "data-event=\"PURCHASE\"")
        // a partner without indirect resellers has no reseller of record to name
        .doesNotContain("id=\"reseller-form\"");
    assertThat(html(get(location), session)).doesNotContain("id=\"done\"");

    // the list and the list's expansion
    assertThat(html(get(subscriptionsOf()), session))
        .contains(
            "data-subscription-id=\"" + subscriptionId + "\"",
            "Head office E3",
            created.effectiveStartDate().toString(),
            created.commitmentEndDate().toString())
        .doesNotContain("id=\"unit-price-column\"");
    assertThat(html(get(subscriptionsOf()).header("HX-Request", "true"), session))
        .contains("class=\"expansion-subscription\"", "Head office E3", "活动")
        .doesNotContain("<html");
  }

  @Test
  void theSameFormSubmittedTwiceOrdersOnce() throws Exception {
    MockHttpSession session = signIn(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    String requestId = hidden(html(get(subscriptionsOf() + "/new"), session), "requestId");
    MockHttpServletRequestBuilder submit =
        post(subscriptionsOf() + "/new")
            .param("requestId", requestId)
            .param("offerId", offer("Power BI Pro").offerId())
            .param("quantity", "3");

    String first = redirect(submit, session);
    String second = redirect(submit, session);

    assertThat(second).isEqualTo(first);
    assertThat(subscriptions.subscriptionsOf(partnerId, customerId, SYSTEM)).hasSize(1);
    assertThat(subscriptions.ordersOf(partnerId, customerId, SYSTEM)).hasSize(1);
  }

  @Test
  void badInputComesBackOnItsFieldAndNothingIsOrdered() throws Exception {
    MockHttpSession session = signIn(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    String requestId = hidden(html(get(subscriptionsOf() + "/new"), session), "requestId");
    String e3 = offer("Office 365 Enterprise E3").offerId();

    assertThat(order(session, requestId, e3, "0")).contains("id=\"quantity-error\"", "许可证数量至少为 1");
    assertThat(order(session, requestId, e3, "-3")).contains("id=\"quantity-error\"", "许可证数量至少为 1");
    assertThat(order(session, requestId, e3, "10001"))
        .contains("id=\"quantity-error\"", "此产品的许可证数量必须介于 1 和 10,000 之间");
    assertThat(order(session, requestId, e3, "abc"))
        .contains("id=\"quantity-error\"", "请以整数形式输入许可证数量");
    assertThat(order(session, requestId, e3, "")).contains("id=\"quantity-error\"", "请输入许可证数量");
    assertThat(order(session, requestId, "NO-SUCH-OFFER", "5"))
        .contains("id=\"offerId-error\"", "所选产品不在目录中");
    assertThat(order(session, requestId, null, "5")).contains("id=\"offerId-error\"", "请选择一个产品");
    assertThat(order(session, requestId, offer("Exchange Online Archiving").offerId(), "5"))
        .contains("id=\"offerId-error\"", "只能随其基础订阅一起购买");
    // the entered values come back with the errors, and the same request id
    assertThat(order(session, requestId, e3, "10001"))
        .contains("value=\"10001\"", "value=\"" + requestId + "\"");
    // a request id this page did not make is refused on top of the form
    assertThat(order(session, "not-a-uuid", e3, "5"))
        .contains("id=\"form-errors\"", "此表单已失效")
        .doesNotContain("value=\"not-a-uuid\"");
    String overlong =
        html(
            post(subscriptionsOf() + "/new")
                .param("requestId", requestId)
                .param("offerId", e3)
                .param("quantity", "5")
                .param("friendlyName", "n".repeat(101)),
            session);
    assertThat(overlong).contains("id=\"friendlyName-error\"");

    assertThat(subscriptions.subscriptionsOf(partnerId, customerId, SYSTEM)).isEmpty();
    assertThat(subscriptions.ordersOf(partnerId, customerId, SYSTEM)).isEmpty();
  }

  @Test
  void theLicensesChangeAndAStaleFormIsRefusedWithTheCurrentDataShown() throws Exception {
    Subscription e3 = buy("Office 365 Enterprise E3", 10);
    MockHttpSession session = signIn(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    String page = html(get(details(e3)), session);
    assertThat(page).contains("value=\"10\"", "每个订阅 1 至 10,000");
    String version = hidden(page, "version");

    redirect(change(e3, "quantity", version).param("quantity", "15"), session);
    assertThat(find(e3.id()).quantity()).isEqualTo(15);
    assertThat(html(get(details(e3)), session))
        .contains("许可证数量已更改", "data-event=\"QUANTITY_CHANGE\"", "许可证数量更改");

    // the form the user still has: refused, nothing changed, the page shows 15 and the new version
    String stale = html(change(e3, "quantity", version).param("quantity", "20"), session);
    Subscription current = find(e3.id());
    assertThat(current.quantity()).isEqualTo(15);
    assertThat(stale)
        .contains("id=\"refused\"", "在您查看之后，其他人已更改此订阅")
        .contains("value=\"15\"", "value=\"" + current.version() + "\"")
        .doesNotContain("value=\"20\"");

    // out of range, and not a number: next to the field, nothing changed
    String currentVersion = String.valueOf(current.version());
    assertThat(html(change(e3, "quantity", currentVersion).param("quantity", "10001"), session))
        .contains("id=\"new-quantity-error\"", "介于 1 和 10,000 之间", "value=\"10001\"");
    assertThat(html(change(e3, "quantity", currentVersion).param("quantity", "many"), session))
        .contains("id=\"new-quantity-error\"", "请以整数形式输入许可证数量");
    assertThat(html(change(e3, "quantity", currentVersion).param("quantity", "0"), session))
        .contains("id=\"new-quantity-error\"");
    // a form without a version is treated as out of date
    assertThat(html(post(details(e3) + "/quantity").param("quantity", "12"), session))
        .contains("id=\"refused\"");
    assertThat(find(e3.id()).quantity()).isEqualTo(15);
    assertThat(find(e3.id()).version()).isEqualTo(current.version());

    // renaming: blank refused, then a new nickname
    assertThat(html(change(e3, "nickname", currentVersion).param("friendlyName", ""), session))
        .contains("id=\"new-nickname-error\"", "请输入订阅的昵称");
    redirect(
        change(e3, "nickname", currentVersion).param("friendlyName", "Beijing staff"), session);
    assertThat(find(e3.id()).friendlyName()).isEqualTo("Beijing staff");
  }

  @Test
  void aSubscriptionIsSuspendedReactivatedAndCancelled() throws Exception {
    Subscription e3 = buy("Office 365 Enterprise E3", 10);
    MockHttpSession session = signIn(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    assertThat(html(get(details(e3)), session))
        .contains("应客户要求", "未付款", "欺诈或滥用", "其他")
        .doesNotContain("id=\"reactivate-form\"");

    assertThat(html(change(e3, "suspend", version(e3)).param("reason", "NOT_A_REASON"), session))
        .contains("id=\"suspend-reason-error\"");
    redirect(change(e3, "suspend", version(e3)).param("reason", "NON_PAYMENT"), session);
    Subscription suspended = find(e3.id());
    assertThat(suspended.status()).isEqualTo(SubscriptionStatus.SUSPENDED);
    assertThat(suspended.suspensionReason()).isEqualTo(SubscriptionSuspensionReason.NON_PAYMENT);
    String deletion = suspended.suspendedOn().plusDays(60).toString();
    assertThat(html(get(details(e3)), session))
        .contains("订阅已暂停", "已暂停", "（原因：未付款）")
        .contains("id=\"deletion-date\">" + deletion, "id=\"suspended-notice\"")
        .contains("id=\"reactivate-form\"", "请在 " + deletion + " 之前重新激活")
        .doesNotContain("id=\"suspend-form\"", "id=\"quantity-form\"");

    redirect(change(e3, "reactivate", version(e3)), session);
    assertThat(find(e3.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(html(get(details(e3)), session))
        .contains("订阅已重新激活", "data-event=\"SUSPEND\"", "data-event=\"REACTIVATE\"")
        .doesNotContain("id=\"deletion-date\"");

    // cancelling needs the confirmation
    assertThat(html(change(e3, "cancel", version(e3)), session))
        .contains("id=\"confirm-cancel-error\"", "请勾选复选框以确认取消");
    assertThat(find(e3.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
    redirect(change(e3, "cancel", version(e3)).param("confirm", "true"), session);
    assertThat(find(e3.id()).status()).isEqualTo(SubscriptionStatus.CANCELLED);
    assertThat(html(get(details(e3)), session))
        .contains("订阅已取消", "data-event=\"CANCEL\"")
        .doesNotContain("id=\"subscription-actions\"", "id=\"cancel-form\"");
    // and a cancelled subscription cannot be reactivated: the reason on top, no 500
    assertThat(html(change(e3, "reactivate", version(e3)), session)).contains("id=\"refused\"");
  }

  @Test
  void addOnsAreBoughtForTheirBaseSubscription() throws Exception {
    Subscription e3 = buy("Office 365 Enterprise E3", 10);
    Offer archiving = offer("Exchange Online Archiving");
    MockHttpSession session = signIn(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    String page = html(get(details(e3)), session);
    assertThat(page)
        .contains("id=\"add-on-form\"", "Exchange Online Archiving", "Project Online Essentials")
        .contains("id=\"no-add-ons\"");
    String requestId = hidden(page, "requestId");

    assertThat(
            html(
                post(details(e3) + "/add-ons")
                    .param("requestId", requestId)
                    .param("offerId", archiving.offerId())
                    .param("quantity", "0"),
                session))
        .contains("id=\"add-on-quantity-error\"");
    assertThat(
            html(
                post(details(e3) + "/add-ons")
                    .param("requestId", requestId)
                    .param("offerId", offer("Power BI Pro").offerId())
                    .param("quantity", "2"),
                session))
        .contains("id=\"add-on-offerId-error\"", "不是附加产品");
    assertThat(subscriptions.subscriptionsOf(partnerId, customerId, SYSTEM)).hasSize(1);

    MockHttpServletRequestBuilder buy =
        post(details(e3) + "/add-ons")
            .param("requestId", requestId)
            .param("offerId", archiving.offerId())
            .param("quantity", "10");
    assertThat(redirect(buy, session)).isEqualTo(details(e3));
    redirect(buy, session); // the same form again orders nothing more
    List<Subscription> all = subscriptions.subscriptionsOf(partnerId, customerId, SYSTEM);
    assertThat(all).hasSize(2);
    Subscription addOn = all.get(1);
    assertThat(addOn.parentSubscriptionId()).isEqualTo(e3.id());
    assertThat(addOn.offerName()).isEqualTo("Exchange Online Archiving");

    assertThat(html(get(details(e3)), session))
        .contains("附加产品已订购", "data-subscription-id=\"" + addOn.id() + "\"");
    assertThat(html(get(details(addOn.id())), session))
        .contains("id=\"parent-subscription\"")
        .doesNotContain("id=\"add-on-form\"");
    // in the list the add-on follows its base, indented
    assertThat(html(get(subscriptionsOf()), session))
        .containsSubsequence(
            "data-subscription-id=\"" + e3.id() + "\"",
            "add-on-row",
            "data-subscription-id=\"" + addOn.id() + "\"");
  }

  @Test
  void theUpgradePageShowsEveryReasonAndPerformsAnEligibleUpgrade() throws Exception {
    Subscription essentials = buy("Office 365 Business Essentials", 5);
    // the customer already has the Office apps, which Business Premium and E3 would add
    buy("Office 365 ProPlus", 5);
    MockHttpSession session = signIn(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    assertThat(html(get(details(essentials)), session))
        .contains("id=\"upgrade-now\"", "立即升级", "href=\"" + details(essentials) + "/upgrade\"");

    String page = html(get(details(essentials) + "/upgrade"), session);
    Offer e1 = offer("Office 365 Enterprise E1");
    Offer premium = offer("Office 365 Business Premium");
    assertThat(page)
        .contains(
            "data-offer-id=\"" + e1.offerId() + "\" data-eligible=\"true\"",
            "data-offer-id=\"" + premium.offerId() + "\" data-eligible=\"false\"",
            "data-reason=\"subscription.upgrade.alreadyHasServices\"",
            "客户已有包含升级所增加服务的订阅",
            "id=\"upgrade-form\"");

    // a target that is not eligible is refused with its reason, nothing changes
    assertThat(
            html(
                post(details(essentials) + "/upgrade")
                    .param("version", version(essentials))
                    .param("targetOfferId", premium.offerId())
                    .param("quantity", "5"),
                session))
        .contains("id=\"refused\"", "客户已有包含升级所增加服务的订阅");
    assertThat(
            html(
                post(details(essentials) + "/upgrade")
                    .param("version", version(essentials))
                    .param("targetOfferId", e1.offerId())
                    .param("quantity", "0"),
                session))
        .contains("id=\"quantity-error\"");
    assertThat(find(essentials.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);

    String location =
        redirect(
            post(details(essentials) + "/upgrade")
                .param("version", version(essentials))
                .param("targetOfferId", e1.offerId())
                .param("quantity", "7"),
            session);
    Subscription upgraded = find(subscriptionIdIn(location));
    assertThat(upgraded.offerName()).isEqualTo("Office 365 Enterprise E1");
    assertThat(upgraded.quantity()).isEqualTo(7);
    assertThat(find(essentials.id()).status()).isEqualTo(SubscriptionStatus.CANCELLED);
    assertThat(subscriptions.historyOf(partnerId, customerId, essentials.id(), SYSTEM))
        .last()
        .satisfies(event -> assertThat(event.type()).isEqualTo(SubscriptionEventType.UPGRADE));
    assertThat(html(get(location), session)).contains("订阅已升级");
  }

  @Test
  void helpDeskAgentsSeeSubscriptionsButNoFormsAndAreRefusedEveryChange() throws Exception {
    Subscription e3 = buy("Office 365 Enterprise E3", 10);
    MockHttpSession session = signIn(AgentRole.HELPDESK_AGENT, AdminRole.NO_ADMIN);

    assertThat(html(get(subscriptionsOf()), session))
        .contains("data-subscription-id=\"" + e3.id() + "\"")
        .doesNotContain("id=\"add-subscription\"");
    assertThat(html(get(details(e3)), session))
        .contains("Office 365 Enterprise E3", "data-event=\"PURCHASE\"")
        .doesNotContain(
            "id=\"subscription-actions\"",
            "id=\"quantity-form\"",
            "id=\"add-on-form\"",
            "id=\"upgrade-now\"",
            "/quantity\"");

    mvc.perform(get(subscriptionsOf() + "/new").session(session)).andExpect(status().isForbidden());
    mvc.perform(get(details(e3) + "/upgrade").session(session)).andExpect(status().isForbidden());
    for (String action :
        List.of("quantity", "nickname", "reseller", "suspend", "reactivate", "cancel", "upgrade")) {
      mvc.perform(
              post(details(e3) + "/" + action)
                  .session(session)
                  .with(csrf())
                  .param("version", version(e3))
                  .param("quantity", "1")
                  .param("friendlyName", "x")
                  .param("reason", "FRAUD")
                  .param("confirm", "true"))
          .andExpect(status().isForbidden());
    }
    mvc.perform(
            post(details(e3) + "/add-ons")
                .session(session)
                .with(csrf())
                .param("requestId", UUID.randomUUID().toString())
                .param("offerId", offer("Exchange Online Archiving").offerId())
                .param("quantity", "1"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(subscriptionsOf() + "/new")
                .session(session)
                .with(csrf())
                .param("requestId", UUID.randomUUID().toString())
                .param("offerId", e3.offerId())
                .param("quantity", "1"))
        .andExpect(status().isForbidden());

    Subscription unchanged = find(e3.id());
    assertThat(unchanged.version()).isEqualTo(e3.version());
    assertThat(subscriptions.subscriptionsOf(partnerId, customerId, SYSTEM)).hasSize(1);
  }

  @Test
  void onlyUsersWhoMaySeePricesGetAPriceInAnyHtml() throws Exception {
    Subscription e3 = buy("Office 365 Enterprise E3", 10);
    Subscription essentials = buy("Office 365 Business Essentials", 5);
    BigDecimal price = subscriptions.unitPriceOf(partnerId, customerId, e3.id(), SYSTEM);
    String shown =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(price);
    String plain = price.toPlainString();

    MockHttpSession admin = signIn(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    assertThat(html(get(subscriptionsOf()), admin))
        .contains("id=\"unit-price-column\"", "¥" + shown);
    assertThat(html(get(details(e3)), admin)).contains("id=\"unit-price\">¥" + shown);

    for (AgentRole role : List.of(AgentRole.SALES_AGENT, AgentRole.HELPDESK_AGENT)) {
      MockHttpSession session = signIn(role, AdminRole.NO_ADMIN);
      List<String> pages =
          new java.util.ArrayList<>(
              List.of(
                  html(get(subscriptionsOf()), session),
                  html(get(subscriptionsOf()).header("HX-Request", "true"), session),
                  html(get(details(e3)), session),
                  html(get(details(e3)).param("lang", "en"), session),
                  html(get(details(e3)).param("lang", "ru"), session),
                  html(get("/customers"), session)));
      if (role == AgentRole.SALES_AGENT) {
        pages.add(html(get(details(essentials) + "/upgrade"), session));
        pages.add(html(get(subscriptionsOf() + "/new"), session));
      }
      for (String html : pages) {
        assertThat(html)
            .as(role + " sees no price")
            .doesNotContain(shown, plain, shown.replace('.', ','), "unit-price", "¥");
      }
    }
  }

  @Test
  void anotherPartnerFindsNeitherTheCustomerNorItsSubscriptions() throws Exception {
    Subscription e3 = buy("Office 365 Enterprise E3", 10);
    UUID otherPartner = partners.createPartner(aPartner(), SYSTEM);
    UUID ownCustomer =
        customers.createCustomer(otherPartner, aCustomer("Own Ltd"), SYSTEM).customerId();
    NewPartnerUser other = aUser(AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    partners.addUser(otherPartner, other, SYSTEM);
    MockHttpSession session = PortalSessions.signIn(mvc, other.email());

    for (String path :
        List.of(
            subscriptionsOf(),
            subscriptionsOf() + "/new",
            details(e3),
            details(e3) + "/upgrade",
            "/customers/" + ownCustomer + "/subscriptions/" + e3.id(),
            "/customers/" + ownCustomer + "/subscriptions/" + e3.id() + "/upgrade",
            "/customers/" + ownCustomer + "/subscriptions/" + UUID.randomUUID())) {
      mvc.perform(get(path).session(session)).andExpect(status().isNotFound());
    }
    mvc.perform(get(subscriptionsOf()).header("HX-Request", "true").session(session))
        .andExpect(status().isNotFound());
    for (String base :
        List.of(details(e3), "/customers/" + ownCustomer + "/subscriptions/" + e3.id())) {
      mvc.perform(
              post(base + "/quantity")
                  .session(session)
                  .with(csrf())
                  .param("version", version(e3))
                  .param("quantity", "99"))
          .andExpect(status().isNotFound());
      mvc.perform(
              post(base + "/cancel")
                  .session(session)
                  .with(csrf())
                  .param("version", version(e3))
                  .param("confirm", "true"))
          .andExpect(status().isNotFound());
    }
    mvc.perform(
            post(subscriptionsOf() + "/new")
                .session(session)
                .with(csrf())
                .param("requestId", UUID.randomUUID().toString())
                .param("offerId", e3.offerId())
                .param("quantity", "1"))
        .andExpect(status().isNotFound());
    Subscription unchanged = find(e3.id());
    assertThat(unchanged.quantity()).isEqualTo(10);
    assertThat(unchanged.status()).isEqualTo(SubscriptionStatus.ACTIVE);
  }

  @Test
  void aSuspendedPartnerIsToldWhyAndMayStillSuspend() throws Exception {
    Subscription e3 = buy("Office 365 Enterprise E3", 10);
    MockHttpSession session = signIn(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    String requestId = hidden(html(get(subscriptionsOf() + "/new"), session), "requestId");
    standing.suspend(partnerId, SuspensionReason.DELINQUENCY, "Unpaid invoices", OPERATOR);

    assertThat(
            mvc.perform(get(subscriptionsOf() + "/new").session(session))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("您的合作伙伴账户因欠款已被暂停");
    assertThat(order(session, requestId, e3.offerId(), "2"))
        .contains("id=\"form-errors\"", "您的合作伙伴账户因欠款已被暂停");
    assertThat(html(change(e3, "quantity", version(e3)).param("quantity", "12"), session))
        .contains("id=\"refused\"", "您的合作伙伴账户因欠款已被暂停");
    assertThat(find(e3.id()).quantity()).isEqualTo(10);
    assertThat(subscriptions.subscriptionsOf(partnerId, customerId, SYSTEM)).hasSize(1);

    // suspending lowers what the partner owes: still possible
    redirect(change(e3, "suspend", version(e3)).param("reason", "CUSTOMER_REQUEST"), session);
    assertThat(find(e3.id()).status()).isEqualTo(SubscriptionStatus.SUSPENDED);
    assertThat(html(change(e3, "reactivate", version(e3)), session))
        .contains("id=\"refused\"", "您的合作伙伴账户因欠款已被暂停");
  }

  @Test
  void anIndirectProviderNamesTheResellerOfRecord() throws Exception {
    NewPartnerUser providerAgent = aUser(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    UUID providerAgentId = partners.addUser(partnerId, providerAgent, SYSTEM);
    NewPartner resellerPartner = aPartner();
    UUID reseller = partners.createPartner(resellerPartner, SYSTEM);
    NewPartnerUser resellerAdmin = aUser(AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    UUID resellerAdminId = partners.addUser(reseller, resellerAdmin, SYSTEM);
    String token =
        partnerships.requestPartnership(
            partnerId,
            resellerPartner.mpnId(),
            Actor.partnerUser(providerAgentId, providerAgent.email()));
    partnerships.authorize(
        token, reseller, Actor.partnerUser(resellerAdminId, resellerAdmin.email()));
    Subscription e3 = buy("Office 365 Enterprise E3", 10);
    MockHttpSession session = PortalSessions.signIn(mvc, providerAgent.email());

    assertThat(html(get(details(e3)), session))
        .contains("id=\"reseller-form\"", "value=\"" + resellerPartner.mpnId() + "\"");
    assertThat(html(change(e3, "reseller", version(e3)).param("resellerMpnId", "999999"), session))
        .contains("id=\"reseller-mpn-error\"", "MPN ID 999999 不是已授权您的间接经销商");
    redirect(
        change(e3, "reseller", version(e3)).param("resellerMpnId", resellerPartner.mpnId()),
        session);
    assertThat(find(e3.id()).resellerMpnId()).isEqualTo(resellerPartner.mpnId());
    assertThat(html(get(details(e3)), session))
        .contains("已设置记录的间接经销商", "id=\"reseller-mpn-id\">" + resellerPartner.mpnId());
    assertThat(html(get(subscriptionsOf()), session))
        .contains("经销商（MPN ID）", resellerPartner.mpnId());
    redirect(change(e3, "reseller", version(e3)).param("resellerMpnId", ""), session);
    // removed, as the reconciliation files will show it
    assertThat(find(e3.id()).resellerMpnId()).isEqualTo("-1");
    assertThat(html(get(details(e3)), session)).contains("已删除记录的间接经销商", "已移除间接经销商（对账文件中显示为 -1）");
  }

  @Test
  void theAddCustomerWizardOrdersTheChosenSubscriptionsWithTheCustomer() throws Exception {
    Offer e3 = offer("Office 365 Enterprise E3");
    Offer powerBi = offer("Power BI Pro");
    pins.pin(partnerId, powerBi.offerId(), SYSTEM);
    MockHttpSession session = signIn(AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    String prefix = CustomerFixtures.uniquePrefix();
    MockHttpServletRequestBuilder step1 = post("/customers/new");
    CustomerWizardSteps.accountInfo("Wizard Subscriber Ltd", prefix).forEach(step1::param);
    assertThat(redirect(step1, session)).isEqualTo("/customers/new/subscriptions");

    // one line per base offer, the pinned one first
    assertThat(html(get("/customers/new/subscriptions"), session))
        .containsSubsequence(
            "Power BI Pro", "已固定", "Office 365 Business", "Office 365 Enterprise E3")
        .contains("name=\"quantities[" + e3.offerId() + "]\"")
        .doesNotContain("Exchange Online Archiving");

    assertThat(html(wizardLines(e3.offerId(), "0"), session))
        .contains("id=\"form-errors\"", "此产品的许可证数量必须介于 1 和 10,000 之间", "value=\"0\"");
    assertThat(html(wizardLines(e3.offerId(), "lots"), session)).contains("请以整数形式输入许可证数量");
    assertThat(html(wizardLines("NO-SUCH-OFFER", "1"), session)).contains("所选产品不在目录中");
    assertThat(html(wizardLines(offer("Exchange Online Archiving").offerId(), "1"), session))
        .contains("所选产品不在目录中");
    // nothing was confirmed
    mvc.perform(get("/customers/new/review").session(session))
        .andExpect(status().is3xxRedirection());
    // crafted line names are no 500 either (names that are no line are ignored)
    for (String crafted : List.of("quantities[]", "quantities[x]y]", "quantities[", "quantities")) {
      int status =
          mvc.perform(
                  post("/customers/new/subscriptions")
                      .session(session)
                      .with(csrf())
                      .param(crafted, "1"))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(status).as(crafted).isLessThan(500);
    }

    assertThat(
            redirect(
                wizardLines(e3.offerId(), "5")
                    .param("quantities[" + powerBi.offerId() + "]", "2")
                    .param("quantities[" + offer("Office 365 ProPlus").offerId() + "]", ""),
                session))
        .isEqualTo("/customers/new/review");
    assertThat(html(get("/customers/new/review"), session))
        .contains("Office 365 Enterprise E3：5 个许可证", "Power BI Pro：2 个许可证")
        .doesNotContain("id=\"review-no-subscriptions\"");
    // going back to step 2 keeps the numbers
    assertThat(html(get("/customers/new/subscriptions"), session))
        .contains("value=\"5\"", "value=\"2\"");

    var submitted =
        mvc.perform(post("/customers/new/submit").session(session).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    CreatedCustomer created = (CreatedCustomer) submitted.getFlashMap().get("created");
    assertThat(html(get("/customers/new/created"), session))
        .contains("id=\"subscriptions-ordered\"", "Office 365 Enterprise E3：5 个许可证")
        .doesNotContain("id=\"subscriptions-not-ordered\"");
    assertThat(subscriptions.subscriptionsOf(partnerId, created.customerId(), SYSTEM))
        .extracting(Subscription::offerName, Subscription::quantity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Office 365 Enterprise E3", 5),
            org.assertj.core.groups.Tuple.tuple("Power BI Pro", 2));
  }

  // --- helpers

  private MockHttpServletRequestBuilder wizardLines(String offerId, String quantity) {
    return post("/customers/new/subscriptions").param("quantities[" + offerId + "]", quantity);
  }

  private Offer offer(String name) {
    return catalog.offers().stream()
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No offer named " + name));
  }

  private Subscription buy(String offerName, int quantity) {
    NewOrder order =
        new NewOrder(
            UUID.randomUUID().toString(),
            List.of(new OrderLine(offer(offerName).offerId(), quantity, null, null)));
    UUID id =
        subscriptions
            .placeOrder(partnerId, customerId, order, SYSTEM)
            .lines()
            .get(0)
            .subscriptionId();
    return find(id);
  }

  private Subscription find(UUID subscriptionId) {
    return subscriptions.find(partnerId, customerId, subscriptionId, SYSTEM);
  }

  private String version(Subscription subscription) {
    return String.valueOf(find(subscription.id()).version());
  }

  private String subscriptionsOf() {
    return "/customers/" + customerId + "/subscriptions";
  }

  private String details(Subscription subscription) {
    return details(subscription.id());
  }

  private String details(UUID subscriptionId) {
    return subscriptionsOf() + "/" + subscriptionId;
  }

  private MockHttpServletRequestBuilder change(
      Subscription subscription, String action, String version) {
    return post(details(subscription) + "/" + action).param("version", version);
  }

  private String order(MockHttpSession session, String requestId, String offerId, String quantity)
      throws Exception {
    MockHttpServletRequestBuilder request =
        post(subscriptionsOf() + "/new").param("requestId", requestId).param("quantity", quantity);
    if (offerId != null) {
      request.param("offerId", offerId);
    }
    return html(request, session);
  }

  private MockHttpSession signIn(AgentRole agent, AdminRole admin) throws Exception {
    NewPartnerUser user = aUser(agent, admin);
    partners.addUser(partnerId, user, SYSTEM);
    return PortalSessions.signIn(mvc, user.email());
  }

  private String html(MockHttpServletRequestBuilder request, MockHttpSession session)
      throws Exception {
    return mvc.perform(request.session(session).with(csrf()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String redirect(MockHttpServletRequestBuilder request, MockHttpSession session)
      throws Exception {
    String location =
        mvc.perform(request.session(session).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).isNotNull();
    return location;
  }

  private static UUID subscriptionIdIn(String location) {
    Matcher matcher = REDIRECT_TO_SUBSCRIPTION.matcher(location);
    assertThat(matcher.find()).as(location).isTrue();
    return UUID.fromString(matcher.group(1));
  }

  /** The value of the first hidden field of that name. */
  private static String hidden(String html, String name) {
    Matcher matcher =
        Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
            .matcher(html);
    assertThat(matcher.find()).as("a field " + name).isTrue();
    return matcher.group(1);
  }
}
