package cn.csp.portal.web.demo;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.customer.CustomerBillingProfile;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerUser;
import cn.csp.portal.customer.CustomerUserState;
import cn.csp.portal.customer.CustomerUserUpdate;
import cn.csp.portal.customer.CustomerUsers;
import cn.csp.portal.customer.NewCustomer;
import cn.csp.portal.customer.NewCustomerUser;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.Address;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.ApiAccess;
import cn.csp.portal.partner.BillingProfile;
import cn.csp.portal.partner.Contact;
import cn.csp.portal.partner.EnrollmentForm;
import cn.csp.portal.partner.LegalBusinessProfile;
import cn.csp.portal.partner.NewOperator;
import cn.csp.portal.partner.NewPartner;
import cn.csp.portal.partner.NewPartnerAccount;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.OrganizationProfile;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerEnrollment;
import cn.csp.portal.partner.PartnerEnrollment.CreatedAccount;
import cn.csp.portal.partner.PartnerProfiles;
import cn.csp.portal.partner.SupportProfile;
import cn.csp.portal.subscription.CatalogPins;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.Licenses;
import cn.csp.portal.subscription.NewIncidentUpdate;
import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.NewServiceIncident;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.OrderLine;
import cn.csp.portal.subscription.PlacedOrder;
import cn.csp.portal.subscription.ServiceHealth;
import cn.csp.portal.subscription.ServiceHealthStatus;
import cn.csp.portal.subscription.ServiceIncidentKind;
import cn.csp.portal.subscription.Subscriptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo partner, its users, an operator, a few customers and demo price lists, through the
 * same facades the portal uses. It runs in embedded mode, or on any database when {@code
 * portal.demo-data.enabled=true}, and never otherwise. Loading is all-or-nothing and happens once:
 * a database that already holds the demo partner is left alone, except that months without a price
 * list get their demo list.
 */
@Component
@Order(0)
public class DemoDataLoader implements ApplicationRunner {

  public static final String ENABLED_PROPERTY = "portal.demo-data.enabled";
  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
  private static final Actor DEMO = Actor.system("demo-data");

  private final PartnerAccounts partners;
  private final ApiAccess apiAccess;
  private final OperatorAccounts operators;
  private final CustomerDirectory customers;
  private final CustomerAdminAccounts admins;
  private final CustomerUsers customerUsers;
  private final Subscriptions subscriptions;
  private final Licenses licenses;
  private final PartnerEnrollment enrollment;
  private final ServiceHealth serviceHealth;
  private final Clock clock;
  private final DemoPrices prices;
  private final OfferCatalog catalog;
  private final CatalogPins pins;
  private final TransactionTemplate transaction;
  private final boolean enabled;

  DemoDataLoader(
      PartnerAccounts partners,
      ApiAccess apiAccess,
      OperatorAccounts operators,
      CustomerDirectory customers,
      CustomerAdminAccounts admins,
      CustomerUsers customerUsers,
      Subscriptions subscriptions,
      Licenses licenses,
      PartnerEnrollment enrollment,
      ServiceHealth serviceHealth,
      Clock clock,
      DemoPrices prices,
      OfferCatalog catalog,
      CatalogPins pins,
      TransactionTemplate transaction,
      Environment environment,
      ObjectProvider<EmbeddedPostgres> embeddedDatabase) {
    this.partners = partners;
    this.apiAccess = apiAccess;
    this.operators = operators;
    this.customers = customers;
    this.admins = admins;
    this.customerUsers = customerUsers;
    this.subscriptions = subscriptions;
    this.licenses = licenses;
    this.enrollment = enrollment;
    this.serviceHealth = serviceHealth;
    this.clock = clock;
    this.prices = prices;
    this.catalog = catalog;
    this.pins = pins;
    this.transaction = transaction;
    this.enabled = shouldLoad(environment, embeddedDatabase.getIfAvailable() != null);
  }

  /** On in embedded mode unless switched off; elsewhere only when switched on explicitly. */
  static boolean shouldLoad(Environment environment, boolean embeddedMode) {
    return environment.getProperty(ENABLED_PROPERTY, Boolean.class, embeddedMode);
  }

  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    if (partners.findPartnerIdByMpnId(DemoData.PARTNER_MPN_ID).isPresent()) {
      log.info("Demo data is already present; not loading it again");
      // only the price lists of months that have none yet, for a demo started again later
      transaction.executeWithoutResult(status -> prices.load(DEMO));
      return;
    }
    transaction.executeWithoutResult(status -> load());
    log.info(
        "Loaded demo data: partner MPN {} with {} users",
        DemoData.PARTNER_MPN_ID,
        DemoData.USERS.size());
  }

  private void load() {
    UUID partnerId = partners.createPartner(contoso(), DEMO);
    for (DemoData.DemoUser user : DemoData.USERS) {
      partners.addUser(
          partnerId,
          new NewPartnerUser(
              user.fullName(),
              user.email(),
              user.agentRole(),
              user.adminRole(),
              DemoData.PASSWORD,
              false),
          DEMO);
    }
    // a fixed, documented client id and secret, so the API can be called at once (README)
    apiAccess.provisionApplication(
        partnerId, "康拓索演示应用 Demo app", DemoData.API_CLIENT_ID, DemoData.API_CLIENT_SECRET, DEMO);
    UUID operatorId =
        operators.createOperator(
            new NewOperator("21Vianet 运营 Operator", DemoData.OPERATOR, DemoData.PASSWORD), DEMO);
    postServiceHealth(Actor.operator(operatorId, DemoData.OPERATOR));

    CreatedCustomer yunqi =
        customer(partnerId, "北京云启科技有限公司", "yunqitech", "刘", "强", "it@yunqitech.example.cn");
    // one customer admin with the demo password, so the admin center can be tried at once
    admins.changeOwnPassword(
        admins.findSignIn(yunqi.adminSignInName()).orElseThrow().adminId(),
        yunqi.temporaryPassword(),
        DemoData.PASSWORD);
    List<CustomerUser> yunqiUsers = customerUsers(yunqi);
    CreatedCustomer haina =
        customer(partnerId, "上海海纳贸易有限公司", "hainatrade", "周", "敏", "admin@hainatrade.example.cn");
    customer(
        partnerId,
        "Fabrikam Trading (Shenzhen) Co., Ltd.",
        "fabrikamsz",
        "Alex",
        "Chen",
        "it@fabrikam.example.cn");
    customer(
        partnerId,
        "Northwind Traders China",
        "northwindcn",
        "Maria",
        "Zhou",
        "ops@northwind.example.cn");
    customer(partnerId, "广州蓝湾 Tailspin 软件有限公司", "tailspingz", "黄", "磊", "it@tailspin.example.cn");
    applicantUnderReview();
    secondPartner();
    prices.load(DEMO);
    // Contoso puts its two best sellers first (Account settings > Catalog)
    for (String name : List.of("Office 365 Enterprise E3", "Office 365 Business Premium")) {
      pins.pin(partnerId, offerNamed(name).offerId(), DEMO);
    }
    subscriptionsOf(partnerId, yunqi, yunqiUsers, haina);
  }

  /**
   * 北京云启 buys E3 with the archiving add-on and Power BI; two of its users hold E3 licenses. 上海海纳
   * buys Business Premium.
   */
  private void subscriptionsOf(
      UUID partnerId, CreatedCustomer yunqi, List<CustomerUser> yunqiUsers, CreatedCustomer haina) {
    UUID e3 =
        order(partnerId, yunqi, "demo-yunqi-e3", "Office 365 Enterprise E3", 25, "总部 E3", null);
    order(partnerId, yunqi, "demo-yunqi-archiving", "Exchange Online Archiving", 10, null, e3);
    order(partnerId, yunqi, "demo-yunqi-powerbi", "Power BI Pro", 5, null, null);
    order(partnerId, haina, "demo-haina-premium", "Office 365 Business Premium", 12, null, null);
    for (CustomerUser user : yunqiUsers.subList(0, 2)) {
      licenses.assign(yunqi.customerId(), e3, user.id(), DEMO);
    }
  }

  private UUID order(
      UUID partnerId,
      CreatedCustomer customer,
      String requestId,
      String offerName,
      int quantity,
      String nickname,
      UUID parentSubscriptionId) {
    PlacedOrder placed =
        subscriptions.placeOrder(
            partnerId,
            customer.customerId(),
            new NewOrder(
                requestId,
                List.of(
                    new OrderLine(
                        offerNamed(offerName).offerId(),
                        quantity,
                        nickname,
                        parentSubscriptionId))),
            DEMO);
    return placed.lines().get(0).subscriptionId();
  }

  private Offer offerNamed(String name) {
    return catalog.offers().stream()
        .filter(offer -> offer.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /**
   * A second active partner, whose invitation a demo customer can accept in the admin center
   * (multipartner).
   */
  private void secondPartner() {
    String name = "世纪云商（上海）信息技术有限公司";
    Address address = new Address("浦东新区世纪大道 100 号", null, "上海", "上海", "200120", "CN");
    Contact admin = new Contact("强", "赵", DemoData.SECOND_PARTNER_ADMIN, "021-5555-0100");
    PartnerProfiles profiles =
        new PartnerProfiles(
            new LegalBusinessProfile(name, address, admin, admin),
            new BillingProfile(name, address, admin, null, null),
            new OrganizationProfile(
                name,
                UUID.fromString("0b7c5d1e-8f2a-4e3b-9c4d-5e6f7a8b9c0d"),
                "cloudmerchant.partner.onmschina.cn",
                DemoData.SECOND_PARTNER_ADMIN,
                "zh",
                "zh-CN"),
            new SupportProfile(
                "https://support.cloudmerchant.example.cn",
                "support@cloudmerchant.example.cn",
                "400-820-8820"));
    UUID partnerId =
        partners.createPartner(
            new NewPartner("4390935", 1, ZoneId.of("Asia/Shanghai"), profiles), DEMO);
    partners.addUser(
        partnerId,
        new NewPartnerUser(
            "赵强 Zhao Qiang",
            DemoData.SECOND_PARTNER_ADMIN,
            AgentRole.ADMIN_AGENT,
            AdminRole.GLOBAL_ADMIN,
            DemoData.PASSWORD,
            false),
        DEMO);
  }

  /**
   * One Exchange Online incident of last week, resolved (it ends now: the facade stamps messages
   * with the current time), and one advisory for next Saturday night's Teams maintenance.
   */
  private void postServiceHealth(Actor operator) {
    ZoneId china = ZoneId.of("Asia/Shanghai");
    UUID incident =
        serviceHealth.post(
            new NewServiceIncident(
                CloudService.EXCHANGE_ONLINE,
                ServiceIncidentKind.INCIDENT,
                ServiceHealthStatus.WARNING,
                DemoData.RESOLVED_INCIDENT,
                "我们正在调查部分用户无法通过 Outlook 桌面版和移动版收发邮件的问题。Outlook 网页版不受影响。",
                clock.instant().minus(Duration.ofDays(7))),
            operator);
    serviceHealth.addUpdate(
        incident,
        new NewIncidentUpdate(
            ServiceHealthStatus.CRITICAL, "问题源于北京数据中心的一组邮箱服务器。我们正在将受影响的邮箱迁移到正常的服务器。"),
        operator);
    serviceHealth.end(incident, "所有受影响的邮箱已迁移完毕，邮件收发已恢复正常。如仍有问题，请联系您的合作伙伴。", operator);

    LocalDate saturday =
        LocalDate.ofInstant(clock.instant(), china)
            .with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    serviceHealth.post(
        new NewServiceIncident(
            CloudService.TEAMS,
            ServiceIncidentKind.ADVISORY,
            ServiceHealthStatus.INFORMATION,
            DemoData.OPEN_ADVISORY,
            "我们将于 "
                + saturday
                + " 22:00 至次日 02:00（北京时间）进行计划内维护。其间会议和通话可能会中断几分钟，聊天消息可能延迟送达。无需采取任何措施。",
            saturday.atTime(LocalTime.of(22, 0)).atZone(china).toInstant()),
        operator);
  }

  /** A second company that has applied, so the operators' enrollment queue is not empty. */
  private void applicantUnderReview() {
    CreatedAccount account =
        enrollment.createAccount(
            new NewPartnerAccount(
                "深圳星河云计算有限公司",
                "孙丽 Sun Li",
                DemoData.APPLICANT,
                "13800138000",
                DemoData.PASSWORD,
                NewPartnerAccount.Language.ZH_CN),
            "127.0.0.1");
    Contact contact = new Contact("丽", "孙", DemoData.APPLICANT, "0755-8888-1234");
    enrollment.submit(
        account.partnerId(),
        new EnrollmentForm(
            "5127788",
            new LegalBusinessProfile(
                "深圳星河云计算有限公司",
                new Address("南山区科技园科苑路 15 号", null, "深圳", "广东省", "518057", "CN"),
                contact,
                contact),
            new SupportProfile(
                "https://support.xinghe-cloud.example.cn", contact.email(), "400-820-8820")),
        Actor.partnerUser(account.adminUserId(), account.signInName()));
  }

  /** A few users in the demo customer's directory, one of them blocked from signing in. */
  private List<CustomerUser> customerUsers(CreatedCustomer customer) {
    List<CustomerUser> created = new java.util.ArrayList<>();
    String[][] people = {{"芳", "王", "wangfang"}, {"雷", "李", "lilei"}, {"静", "张", "zhangjing"}};
    for (String[] person : people) {
      CustomerUser user =
          customerUsers
              .create(
                  customer.customerId(),
                  new NewCustomerUser(
                      person[0],
                      person[1],
                      person[1] + person[0],
                      person[2] + "@" + customer.domain(),
                      "CN",
                      null),
                  DEMO)
              .user();
      created.add(user);
      if (person[2].equals("zhangjing")) {
        CustomerUserUpdate blocked =
            new CustomerUserUpdate(
                user.firstName(),
                user.lastName(),
                user.displayName(),
                user.usageLocation(),
                CustomerUserState.INACTIVE);
        customerUsers.update(customer.customerId(), user.id(), blocked, DEMO);
      }
    }
    return created;
  }

  private CreatedCustomer customer(
      UUID partnerId, String name, String prefix, String firstName, String lastName, String email) {
    Contact contact = new Contact(firstName, lastName, email, "+86 400 800 0000");
    Address address = new Address("海淀区中关村大街 1 号", null, "北京", "北京", "100080", "CN");
    return customers.createCustomer(
        partnerId,
        new NewCustomer(
            name,
            prefix,
            contact,
            new CustomerBillingProfile(name, firstName, lastName, email, address, "zh-CN", "zh"),
            null),
        DEMO);
  }

  private static NewPartner contoso() {
    String name = "康拓索科技（北京）有限公司";
    Address address = new Address("朝阳区建国路 88 号", "SOHO 现代城 A 座 1001", "北京", "北京", "100022", "CN");
    Contact admin = new Contact("芳", "王", DemoData.GLOBAL_ADMIN, "+86 10 8888 0001");
    Contact billing =
        new Contact("伟", "张", "billing@contoso.partner.onmschina.cn", "+86 10 8888 0002");
    PartnerProfiles profiles =
        new PartnerProfiles(
            new LegalBusinessProfile(name, address, admin, admin),
            new BillingProfile(name, address, billing, null, "91110105MA00CONTSO"),
            new OrganizationProfile(
                name,
                UUID.fromString("6f1c2b7e-3d4a-4c5b-9e8f-0a1b2c3d4e5f"),
                "contoso.partner.onmschina.cn",
                DemoData.GLOBAL_ADMIN,
                "zh",
                "zh-CN"),
            new SupportProfile(
                "https://support.contoso.example.cn",
                "support@contoso.example.cn",
                "+86 400 800 8888"));
    return new NewPartner(DemoData.PARTNER_MPN_ID, 15, ZoneId.of("Asia/Shanghai"), profiles);
  }
}
