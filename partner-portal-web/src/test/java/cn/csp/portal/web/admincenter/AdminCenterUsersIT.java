package cn.csp.portal.web.admincenter;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerUser;
import cn.csp.portal.customer.CustomerUserState;
import cn.csp.portal.customer.CustomerUsers;
import cn.csp.portal.customer.NewCustomerUser;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.web.PortalSessions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The admin center's Users pages (spec 1.2, 2.22): a customer admin adds, finds, edits, resets and
 * deletes the organization's users; another customer's users stay out of reach; bad input is
 * answered next to its field and saves nothing.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AdminCenterUsersIT {

  private static final Actor SYSTEM = Actor.system("test");
  private static final String NEW_PASSWORD = "Harbour!Lantern-2041";

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerUsers users;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired JdbcClient jdbc;

  private UUID partnerId;
  private CreatedCustomer customer;
  private MockHttpSession admin;

  @BeforeEach
  void aSignedInCustomerAdmin() throws Exception {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    customer = customers.createCustomer(partnerId, aCustomer("Litware Inc."), SYSTEM);
    admin = signedIn(customer);
  }

  /** Signs in with the temporary password and replaces it, as the first sign-in demands. */
  private MockHttpSession signedIn(CreatedCustomer created) throws Exception {
    MvcResult result =
        mvc.perform(
                formLogin("/admin-center/login")
                    .user(created.adminSignInName())
                    .password(created.temporaryPassword()))
            .andExpect(redirectedUrl("/admin-center"))
            .andReturn();
    MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
    mvc.perform(
            post("/admin-center/password")
                .with(csrf())
                .session(session)
                .param("currentPassword", created.temporaryPassword())
                .param("newPassword", NEW_PASSWORD)
                .param("passwordConfirmation", NEW_PASSWORD))
        .andExpect(redirectedUrl("/admin-center"));
    return session;
  }

  /** "Add user" posted with valid fields, except those {@code changes} (name, value, ...) set. */
  private MockHttpServletRequestBuilder addUser(String userName, String... changes) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("lang", "en");
    fields.put("lastName", "Wang");
    fields.put("firstName", "Fang");
    fields.put("displayName", "Wang Fang");
    fields.put("userName", userName);
    fields.put("usageLocation", "CN");
    for (int i = 0; i < changes.length; i += 2) {
      fields.put(changes[i], changes[i + 1]);
    }
    MockHttpServletRequestBuilder request = post("/admin-center/users").with(csrf()).session(admin);
    fields.forEach(request::param);
    return request;
  }

  private List<CustomerUser> usersOf(CreatedCustomer c) {
    return users.list(c.customerId(), null, PageRequest.of(0, 50), SYSTEM).getContent();
  }

  private String storedHash(UUID userId) {
    return jdbc.sql("select password_hash from customer_user where id = ?")
        .param(userId)
        .query(String.class)
        .single();
  }

  @Test
  void aCustomerAdminAddsFindsEditsResetsAndDeletesUsers() throws Exception {
    mvc.perform(get("/admin-center").param("lang", "en").session(admin))
        .andExpect(content().string(containsString("id=\"nav-admin-center-users\"")))
        .andExpect(content().string(containsString("id=\"manage-users\"")));
    mvc.perform(get("/admin-center/users").param("lang", "en").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"no-users\"")));
    mvc.perform(get("/admin-center/users/new").param("lang", "en").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("@" + customer.domain())))
        .andExpect(content().string(containsString("<option value=\"CN\" selected=\"selected\">")))
        .andExpect(content().string(containsString(">Hong Kong")));

    // added: the temporary password is shown on the next page once, and only its hash is kept
    MvcResult added =
        mvc.perform(addUser("Wang.Fang"))
            .andExpect(redirectedUrl("/admin-center/users/temporary-password"))
            .andExpect(flash().attributeExists("oneTimePassword"))
            .andReturn();
    OneTimePassword shown = (OneTimePassword) added.getFlashMap().get("oneTimePassword");
    CustomerUser user = usersOf(customer).get(0);
    assertThat(user.userPrincipalName()).isEqualTo("wang.fang@" + customer.domain());
    assertThat(user.mustChangePassword()).isTrue();
    assertThat(passwordEncoder.matches(shown.password(), storedHash(user.id()))).isTrue();
    mvc.perform(get("/admin-center/users/temporary-password").param("lang", "en").session(admin))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", containsString("no-store")))
        .andExpect(content().string(containsString("The user Wang Fang was added")))
        .andExpect(content().string(containsString(shown.password())))
        .andExpect(content().string(containsString(user.userPrincipalName())));
    mvc.perform(get("/admin-center/users/temporary-password").param("lang", "en").session(admin))
        .andExpect(content().string(containsString("id=\"no-longer-shown\"")))
        .andExpect(content().string(not(containsString(shown.password()))));

    // the list, its search and the live search's fragment
    users.create(
        customer.customerId(),
        new NewCustomerUser("Lei", "Li", "Li Lei", "li@" + customer.domain(), "CN", null),
        SYSTEM);
    mvc.perform(get("/admin-center/users").param("lang", "en").session(admin))
        .andExpect(content().string(containsString("data-user-id=\"" + user.id() + "\"")))
        .andExpect(content().string(containsString("Must change password")))
        .andExpect(content().string(containsString("Allowed to sign in")));
    mvc.perform(get("/admin-center/users").param("q", "FANG").session(admin))
        .andExpect(content().string(containsString("data-user-id=\"" + user.id() + "\"")))
        .andExpect(content().string(not(containsString("li@" + customer.domain()))));
    mvc.perform(
            get("/admin-center/users")
                .param("q", "li@")
                .header("HX-Request", "true")
                .session(admin))
        .andExpect(content().string(containsString("li@" + customer.domain())))
        .andExpect(content().string(not(containsString("<html"))));

    // edited: names, usage location and state
    String page = "/admin-center/users/" + user.id();
    mvc.perform(get(page).param("lang", "en").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"Wang Fang\"")))
        .andExpect(content().string(containsString(user.userPrincipalName())));
    mvc.perform(
            post(page)
                .with(csrf())
                .session(admin)
                .param("lastName", "王")
                .param("firstName", "芳")
                .param("displayName", "王芳")
                .param("usageLocation", "HK")
                .param("state", "INACTIVE"))
        .andExpect(redirectedUrl(page))
        .andExpect(flash().attribute("doneKey", "admincenter.users.saved"));
    mvc.perform(get(page).param("lang", "en").session(admin))
        .andExpect(content().string(containsString("id=\"done\"")))
        .andExpect(content().string(containsString("value=\"王芳\"")))
        .andExpect(
            content().string(containsString("<option value=\"INACTIVE\" selected=\"selected\">")));
    CustomerUser edited = users.find(customer.customerId(), user.id(), SYSTEM);
    assertThat(edited.displayName()).isEqualTo("王芳");
    assertThat(edited.usageLocation()).isEqualTo("HK");
    assertThat(edited.state()).isEqualTo(CustomerUserState.INACTIVE);

    // a password reset shows the new temporary password once
    MvcResult reset =
        mvc.perform(post(page + "/reset-password").with(csrf()).session(admin))
            .andExpect(redirectedUrl("/admin-center/users/temporary-password"))
            .andReturn();
    OneTimePassword again = (OneTimePassword) reset.getFlashMap().get("oneTimePassword");
    assertThat(again.reset()).isTrue();
    assertThat(again.password()).isNotEqualTo(shown.password());
    assertThat(passwordEncoder.matches(again.password(), storedHash(user.id()))).isTrue();
    mvc.perform(get("/admin-center/users/temporary-password").param("lang", "en").session(admin))
        .andExpect(content().string(containsString("The password of 王芳 was reset")))
        .andExpect(content().string(containsString(again.password())));

    // deleting needs the confirmation
    mvc.perform(post(page + "/delete").with(csrf()).session(admin)).andExpect(redirectedUrl(page));
    mvc.perform(get(page).param("lang", "en").session(admin))
        .andExpect(content().string(containsString("id=\"refused\"")))
        .andExpect(content().string(containsString("Tick the confirmation box first")));
    assertThat(usersOf(customer)).hasSize(2);
    mvc.perform(post(page + "/delete").with(csrf()).session(admin).param("confirmed", "true"))
        .andExpect(redirectedUrl("/admin-center/users"))
        .andExpect(flash().attribute("deletedUser", user.userPrincipalName()));
    assertThat(usersOf(customer)).extracting(CustomerUser::displayName).containsExactly("Li Lei");
    mvc.perform(get(page).session(admin)).andExpect(status().isNotFound());
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where target_id = ? and actor_type ="
                        + " 'CUSTOMER_ADMIN'")
                .param(user.id().toString())
                .query(Long.class)
                .single())
        .isEqualTo(4);
  }

  @Test
  void anotherCustomersUserIsNotFound() throws Exception {
    CreatedCustomer other = customers.createCustomer(partnerId, aCustomer("Fabrikam"), SYSTEM);
    CustomerUser foreign =
        users
            .create(
                other.customerId(),
                new NewCustomerUser("Lei", "Li", "Li Lei", "li@" + other.domain(), "CN", null),
                SYSTEM)
            .user();
    String page = "/admin-center/users/" + foreign.id();

    mvc.perform(get(page).param("lang", "en").session(admin))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("The user was not found")));
    mvc.perform(
            post(page)
                .with(csrf())
                .session(admin)
                .param("lastName", "Hijacked")
                .param("firstName", "Hijacked")
                .param("displayName", "Hijacked")
                .param("usageLocation", "CN")
                .param("state", "INACTIVE"))
        .andExpect(status().isNotFound());
    mvc.perform(post(page + "/reset-password").with(csrf()).session(admin))
        .andExpect(status().isNotFound());
    mvc.perform(post(page + "/delete").with(csrf()).session(admin).param("confirmed", "true"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/admin-center/users/not-a-user-id").session(admin))
        .andExpect(status().is4xxClientError());
    mvc.perform(get("/admin-center/users").param("q", "Li").session(admin))
        .andExpect(content().string(not(containsString(foreign.id().toString()))));

    assertThat(usersOf(other))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.displayName()).isEqualTo("Li Lei");
              assertThat(u.state()).isEqualTo(CustomerUserState.ACTIVE);
            });
    assertThat(storedHash(foreign.id())).isNotNull();
    assertThat(
            jdbc.sql("select count(*) from audit_log where target_id = ?")
                .param(foreign.id().toString())
                .query(Long.class)
                .single())
        .isEqualTo(1); // its creation only

    // a partner user's session does not open the admin center's users
    NewPartnerUser partnerUser = aUser(AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    partners.addUser(partnerId, partnerUser, SYSTEM);
    MockHttpSession partnerSession = PortalSessions.signIn(mvc, partnerUser.email());
    mvc.perform(get(page).session(partnerSession)).andExpect(redirectedUrl("/admin-center/login"));
  }

  @Test
  void badInputIsAnsweredNextToItsFieldAndSavesNothing() throws Exception {
    mvc.perform(post("/admin-center/users").with(csrf()).session(admin).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"lastName-error\"")))
        .andExpect(content().string(containsString("id=\"firstName-error\"")))
        .andExpect(content().string(containsString("id=\"displayName-error\"")))
        .andExpect(content().string(containsString("id=\"userName-error\"")));
    mvc.perform(addUser("wang fang"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"userName-error\"")))
        .andExpect(content().string(containsString("must not start or end with a dot")));
    mvc.perform(addUser(".wang"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"userName-error\"")));
    // the admin's own sign-in name is taken
    mvc.perform(addUser("ADMIN"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"userName-error\"")))
        .andExpect(content().string(containsString("is already taken")));
    mvc.perform(addUser("wang", "usageLocation", "XX"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"usageLocation-error\"")))
        .andExpect(content().string(containsString("Choose a valid country or region")));
    mvc.perform(addUser("wang", "usageLocation", "China", "lang", "ru"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"usageLocation-error\"")))
        .andExpect(content().string(containsString("Выберите страну или регион")));
    mvc.perform(addUser("wang", "displayName", "x".repeat(257)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"displayName-error\"")));
    assertThat(usersOf(customer)).isEmpty();

    CustomerUser user =
        users
            .create(
                customer.customerId(),
                new NewCustomerUser("Lei", "Li", "Li Lei", "li@" + customer.domain(), "CN", null),
                SYSTEM)
            .user();
    String page = "/admin-center/users/" + user.id();
    mvc.perform(
            post(page)
                .with(csrf())
                .session(admin)
                .param("lang", "en")
                .param("lastName", "Li")
                .param("firstName", "Lei")
                .param("displayName", " ")
                .param("usageLocation", "CN")
                .param("state", "BOGUS"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"displayName-error\"")))
        .andExpect(content().string(containsString("id=\"state-error\"")))
        .andExpect(content().string(containsString("id=\"member-name\">Li Lei<")));
    assertThat(users.find(customer.customerId(), user.id(), SYSTEM).displayName())
        .isEqualTo("Li Lei");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where action = 'customer.user.updated'"
                        + " and target_id = ?")
                .param(user.id().toString())
                .query(Long.class)
                .single())
        .isZero();
  }
}
