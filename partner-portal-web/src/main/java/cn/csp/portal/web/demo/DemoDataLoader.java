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
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.ZoneId;
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
 * Loads the demo partner, its users, an operator and a few customers, through the same facades the
 * portal uses. It runs in embedded mode, or on any database when {@code
 * portal.demo-data.enabled=true}, and never otherwise. Loading is all-or-nothing and happens once:
 * a database that already holds the demo partner is left alone.
 */
@Component
@Order(0)
public class DemoDataLoader implements ApplicationRunner {

  public static final String ENABLED_PROPERTY = "portal.demo-data.enabled";
  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
  private static final Actor DEMO = Actor.system("demo-data");

  private final PartnerAccounts partners;
  private final OperatorAccounts operators;
  private final CustomerDirectory customers;
  private final CustomerAdminAccounts admins;
  private final CustomerUsers customerUsers;
  private final PartnerEnrollment enrollment;
  private final TransactionTemplate transaction;
  private final boolean enabled;

  DemoDataLoader(
      PartnerAccounts partners,
      OperatorAccounts operators,
      CustomerDirectory customers,
      CustomerAdminAccounts admins,
      CustomerUsers customerUsers,
      PartnerEnrollment enrollment,
      TransactionTemplate transaction,
      Environment environment,
      ObjectProvider<EmbeddedPostgres> embeddedDatabase) {
    this.partners = partners;
    this.operators = operators;
    this.customers = customers;
    this.admins = admins;
    this.customerUsers = customerUsers;
    this.enrollment = enrollment;
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
    operators.createOperator(
        new NewOperator("21Vianet 运营 Operator", DemoData.OPERATOR, DemoData.PASSWORD), DEMO);

    CreatedCustomer yunqi =
        customer(partnerId, "北京云启科技有限公司", "yunqitech", "刘", "强", "it@yunqitech.example.cn");
    // one customer admin with the demo password, so the admin center can be tried at once
    admins.changeOwnPassword(
        admins.findSignIn(yunqi.adminSignInName()).orElseThrow().adminId(),
        yunqi.temporaryPassword(),
        DemoData.PASSWORD);
    customerUsers(yunqi);
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
  private void customerUsers(CreatedCustomer customer) {
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
