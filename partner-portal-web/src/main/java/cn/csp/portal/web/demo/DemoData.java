package cn.csp.portal.web.demo;

import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import java.util.List;

/** The demo accounts, as the README lists them. One password for all. */
public final class DemoData {

  public static final String PASSWORD = "Demo!Passw0rd";
  public static final String PARTNER_MPN_ID = "4390934";
  public static final String GLOBAL_ADMIN = "admin@contoso.partner.onmschina.cn";
  public static final String OPERATOR = "operator@21vianet.example";

  /** The global admin of a second active partner (世纪云商), for multipartner demos. */
  public static final String SECOND_PARTNER_ADMIN = "admin@cloudmerchant.partner.onmschina.cn";

  /** The admin of the demo customer 北京云启科技有限公司 in the customer admin center. */
  public static final String CUSTOMER_ADMIN = "admin@yunqitech.partner.onmschina.cn";

  /** The global admin of a company whose enrollment awaits the operators' review. */
  public static final String APPLICANT = "admin@xinghe-cloud.partner.onmschina.cn";

  /** The demo partner's API application (token endpoint /oauth2/token, client credentials). */
  public static final String API_CLIENT_ID = "demo-app";

  public static final String API_CLIENT_SECRET = "demo-app-secret";

  /** The service health messages the demo operator posts: one resolved, one announced. */
  public static final String RESOLVED_INCIDENT = "部分用户无法通过 Outlook 收发邮件";

  public static final String OPEN_ADVISORY = "Microsoft Teams 计划内维护";

  /** One user per role combination that matters. */
  public static final List<DemoUser> USERS =
      List.of(
          new DemoUser("王芳 Wang Fang", GLOBAL_ADMIN, AgentRole.NONE, AdminRole.GLOBAL_ADMIN),
          new DemoUser(
              "李娜 Li Na",
              "usermgmt@contoso.partner.onmschina.cn",
              AgentRole.NONE,
              AdminRole.USER_MANAGEMENT_ADMIN),
          new DemoUser(
              "张伟 Zhang Wei",
              "billing@contoso.partner.onmschina.cn",
              AgentRole.NONE,
              AdminRole.BILLING_ADMIN),
          new DemoUser(
              "刘洋 Liu Yang",
              "adminagent@contoso.partner.onmschina.cn",
              AgentRole.ADMIN_AGENT,
              AdminRole.NO_ADMIN),
          new DemoUser(
              "陈静 Chen Jing",
              "sales@contoso.partner.onmschina.cn",
              AgentRole.SALES_AGENT,
              AdminRole.NO_ADMIN),
          new DemoUser(
              "赵磊 Zhao Lei",
              "helpdesk@contoso.partner.onmschina.cn",
              AgentRole.HELPDESK_AGENT,
              AdminRole.NO_ADMIN));

  private DemoData() {}

  public record DemoUser(String fullName, String email, AgentRole agentRole, AdminRole adminRole) {}
}
