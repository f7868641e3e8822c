package cn.csp.portal.customer;

import static cn.csp.portal.testsupport.CustomerFixtures.aCustomer;
import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.customer.NewCustomerUser.PasswordProfile;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.testsupport.IntegrationTest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users of a customer's directory (spec 1.2, 2.22): managed by the customer's own admins and by
 * partners with delegated admin privileges, never across customers, every change audited.
 */
@IntegrationTest
class CustomerUsersIT {

  private static final Actor SYSTEM = Actor.system("test");

  @Autowired CustomerUsers users;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerRelationships relationships;
  @Autowired CustomerAdminAccounts admins;
  @Autowired PartnerAccounts partners;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired JdbcClient jdbc;

  private UUID partnerId;
  private CreatedCustomer customer;
  private Actor admin;

  @BeforeEach
  void aCustomerWithItsAdmin() {
    partnerId = partners.createPartner(aPartner(), SYSTEM);
    customer = customers.createCustomer(partnerId, aCustomer("Litware Inc."), SYSTEM);
    admin = adminOf(customer);
  }

  private Actor adminOf(CreatedCustomer created) {
    CustomerAdminSignIn signIn = admins.findSignIn(created.adminSignInName()).orElseThrow();
    return Actor.customerAdmin(signIn.adminId(), signIn.email());
  }

  private Actor partnerUser(UUID partner, AgentRole agent, AdminRole adminRole) {
    NewPartnerUser user = aUser(agent, adminRole);
    return Actor.partnerUser(partners.addUser(partner, user, SYSTEM), user.email());
  }

  private NewCustomerUser aUserNamed(String first, String last, String name) {
    return new NewCustomerUser(
        first, last, first + " " + last, name + "@" + customer.domain(), "CN", null);
  }

  private List<CustomerUser> search(String text, Actor actor) {
    return users.list(customer.customerId(), text, PageRequest.of(0, 50), actor).getContent();
  }

  private long auditCount(String action, UUID userId) {
    return jdbc.sql("select count(*) from audit_log where action = ? and target_id = ?")
        .param(action)
        .param(userId.toString())
        .query(Long.class)
        .single();
  }

  @Test
  void theCustomersAdminAddsListsSearchesEditsResetsAndDeletesUsers() {
    assertThat(users.domainsOf(customer.customerId(), admin)).containsExactly(customer.domain());
    CreatedCustomerUser wang =
        users.create(
            customer.customerId(),
            new NewCustomerUser(
                "Fang",
                "Wang",
                "Wang Fang",
                "Wang.Fang@" + customer.domain().toUpperCase(),
                "cn",
                null),
            admin);
    users.create(customer.customerId(), aUserNamed("Lei", "Li", "li"), admin);
    users.create(customer.customerId(), aUserNamed("静", "张", "zhangjing"), admin);

    // a generated temporary password, shown once, stored only as a hash, to change at first use
    CustomerUser created = wang.user();
    assertThat(created.userPrincipalName()).isEqualTo("wang.fang@" + customer.domain());
    assertThat(created.usageLocation()).isEqualTo("CN");
    assertThat(created.state()).isEqualTo(CustomerUserState.ACTIVE);
    assertThat(created.mustChangePassword()).isTrue();
    assertThat(created.userDomainType()).isEqualTo("none");
    assertThat(created.lastDirectorySyncTime()).isNull();
    assertThat(wang.temporaryPassword()).hasSize(16);
    assertThat(passwordEncoder.matches(wang.temporaryPassword(), storedHash(created.id())))
        .isTrue();
    assertThat(auditCount("customer.user.created", created.id())).isEqualTo(1);

    // by display name; search by any name or the sign-in name, in any case
    assertThat(search(null, admin))
        .extracting(CustomerUser::displayName)
        .containsExactly("Lei Li", "Wang Fang", "静 张");
    assertThat(search("WANG", admin)).extracting(CustomerUser::id).containsExactly(created.id());
    assertThat(search("zhangjing@", admin)).hasSize(1);
    assertThat(search("张", admin)).hasSize(1);
    assertThat(search("%", admin)).isEmpty();
    var page =
        users.list(
            customer.customerId(),
            "",
            PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "userPrincipalName")),
            admin);
    assertThat(page.getTotalElements()).isEqualTo(3);
    assertThat(page.getContent())
        .extracting(CustomerUser::userPrincipalName)
        .containsExactly("zhangjing@" + customer.domain(), "wang.fang@" + customer.domain());

    CustomerUser edited =
        users.update(
            customer.customerId(),
            created.id(),
            new CustomerUserUpdate("Fang", "Wang", "王芳", "HK", CustomerUserState.INACTIVE),
            admin);
    assertSameUser(users.find(customer.customerId(), created.id(), admin), edited);
    assertThat(edited.displayName()).isEqualTo("王芳");
    assertThat(edited.usageLocation()).isEqualTo("HK");
    assertThat(edited.state()).isEqualTo(CustomerUserState.INACTIVE);
    assertThat(edited.userPrincipalName()).isEqualTo(created.userPrincipalName());
    assertThat(auditCount("customer.user.updated", created.id())).isEqualTo(1);

    String reset = users.resetPassword(customer.customerId(), created.id(), admin);
    assertThat(reset).isNotEqualTo(wang.temporaryPassword());
    assertThat(passwordEncoder.matches(reset, storedHash(created.id()))).isTrue();
    assertThat(auditCount("customer.user.passwordReset", created.id())).isEqualTo(1);

    users.delete(customer.customerId(), created.id(), admin);
    assertThat(search(null, admin)).extracting(CustomerUser::displayName).hasSize(2);
    assertThatThrownBy(() -> users.find(customer.customerId(), created.id(), admin))
        .isInstanceOfSatisfying(
            NotFound.class, n -> assertThat(n.messageKey()).isEqualTo("customerUser.notFound"));
    assertThat(auditCount("customer.user.deleted", created.id())).isEqualTo(1);
    // the name is free again
    users.create(customer.customerId(), aUserNamed("Fang", "Wang", "wang.fang"), admin);
  }

  @Test
  void aChosenPasswordFollowsTheDirectoryRulesAndKeepsItsChangeFlag() {
    CreatedCustomerUser created =
        users.create(
            customer.customerId(),
            new NewCustomerUser(
                "Wang",
                "Fang",
                "Wang Fang",
                "wang@" + customer.domain(),
                "CN",
                new PasswordProfile("abCD123*", false)),
            SYSTEM);
    assertThat(created.temporaryPassword()).isNull();
    assertThat(created.user().mustChangePassword()).isFalse();
    assertThat(passwordEncoder.matches("abCD123*", storedHash(created.user().id()))).isTrue();

    assertRefused(withPassword("li", "aB3*"), "customerUser.password.tooShort");
    assertRefused(withPassword("li", "abcdefgh1234"), "customerUser.password.tooSimple");
    assertRefused(withPassword("li", "Ab1!".repeat(19)), "customerUser.password.tooLong");
    assertRefused(withPassword("zhao", "Zhao-2024-pw"), "customerUser.password.containsUserName");
    assertThat(search(null, SYSTEM)).hasSize(1);
  }

  private NewCustomerUser withPassword(String name, String password) {
    return new NewCustomerUser(
        "A", "B", "A B", name + "@" + customer.domain(), "CN", new PasswordProfile(password, true));
  }

  private void assertRefused(NewCustomerUser request, String key) {
    assertThatThrownBy(() -> users.create(customer.customerId(), request, SYSTEM))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(key));
  }

  @Test
  void signInNamesMustBeInTheCustomersDomainAndUnusedByAnyone() {
    CreatedCustomer other = customers.createCustomer(partnerId, aCustomer("Fabrikam"), SYSTEM);
    users.create(customer.customerId(), aUserNamed("Lei", "Li", "li"), admin);

    ThrowingCallable foreignDomain =
        () ->
            users.create(
                customer.customerId(),
                new NewCustomerUser("A", "B", "A B", "ab@" + other.domain(), "CN", null),
                admin);
    assertThatThrownBy(foreignDomain)
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> {
              assertThat(v.messageKey()).isEqualTo("customerUser.upn.foreignDomain");
              assertThat(v.field()).isEqualTo("userPrincipalName");
            });
    assertThatThrownBy(
            () ->
                users.create(
                    customer.customerId(),
                    new NewCustomerUser("A", "B", "A B", "ab@contoso.example.cn", "CN", null),
                    admin))
        .isInstanceOf(BusinessRuleViolation.class);

    // the same name in another case, and the customer admin's own sign-in name
    for (String taken : List.of("LI@" + customer.domain(), customer.adminSignInName())) {
      assertThatThrownBy(
              () ->
                  users.create(
                      customer.customerId(),
                      new NewCustomerUser("A", "B", "A B", taken, "CN", null),
                      admin))
          .isInstanceOfSatisfying(
              BusinessRuleViolation.class,
              v -> assertThat(v.messageKey()).isEqualTo("customerUser.upn.taken"));
    }
    assertThat(search(null, admin)).hasSize(1);
    assertThat(users.list(other.customerId(), null, PageRequest.of(0, 5), SYSTEM)).isEmpty();
  }

  @Test
  void badInputSavesNothing() {
    List<NewCustomerUser> invalid =
        List.of(
            new NewCustomerUser(" ", "B", "A B", "ab@" + customer.domain(), "CN", null),
            new NewCustomerUser("A", "B", "", "ab@" + customer.domain(), "CN", null),
            new NewCustomerUser("A", "B", "A B", "a b@" + customer.domain(), "CN", null),
            new NewCustomerUser("A", "B", "A B", ".ab@" + customer.domain(), "CN", null),
            new NewCustomerUser("A", "B", "A B", "ab", "CN", null),
            new NewCustomerUser(
                "A", "B", "A B", "x".repeat(65) + "@" + customer.domain(), "CN", null),
            new NewCustomerUser("A".repeat(65), "B", "A B", "ab@" + customer.domain(), "CN", null),
            new NewCustomerUser("A", "B", "A B", "ab@" + customer.domain(), "China", null),
            new NewCustomerUser(
                "A", "B", "A B", "ab@" + customer.domain(), "CN", new PasswordProfile(" ", true)));
    for (NewCustomerUser request : invalid) {
      assertThatThrownBy(() -> users.create(customer.customerId(), request, admin))
          .as(request.toString())
          .isInstanceOf(ConstraintViolationException.class);
    }
    assertThatThrownBy(
            () ->
                users.create(
                    customer.customerId(),
                    new NewCustomerUser("A", "B", "A B", "ab@" + customer.domain(), "XX", null),
                    admin))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> assertThat(v.messageKey()).isEqualTo("customerUser.usageLocation.unknown"));
    assertThat(search(null, admin)).isEmpty();

    CustomerUser user =
        users.create(customer.customerId(), aUserNamed("Lei", "Li", "li"), admin).user();
    assertThatThrownBy(
            () ->
                users.update(
                    customer.customerId(),
                    user.id(),
                    new CustomerUserUpdate("Lei", "Li", " ", "CN", CustomerUserState.ACTIVE),
                    admin))
        .isInstanceOf(ConstraintViolationException.class);
    assertThatThrownBy(
            () ->
                users.update(
                    customer.customerId(),
                    user.id(),
                    new CustomerUserUpdate("Lei", "Li", "Renamed", "ZZ", CustomerUserState.ACTIVE),
                    admin))
        .isInstanceOf(BusinessRuleViolation.class);
    assertSameUser(users.find(customer.customerId(), user.id(), admin), user);
    assertThat(auditCount("customer.user.updated", user.id())).isZero();
  }

  @Test
  void anotherCustomersAdminFindsNothing() {
    CustomerUser user =
        users.create(customer.customerId(), aUserNamed("Lei", "Li", "li"), admin).user();
    CreatedCustomer other = customers.createCustomer(partnerId, aCustomer("Fabrikam"), SYSTEM);
    Actor otherAdmin = adminOf(other);
    UUID mine = customer.customerId();
    UUID theirs = other.customerId();

    // naming the first customer
    List<ThrowingCallable> intrusions =
        List.of(
            () -> users.domainsOf(mine, otherAdmin),
            () -> users.list(mine, null, PageRequest.of(0, 5), otherAdmin),
            () -> users.find(mine, user.id(), otherAdmin),
            () -> users.create(mine, aUserNamed("X", "Y", "xy"), otherAdmin),
            () -> users.update(mine, user.id(), user.toUpdate(), otherAdmin),
            () -> users.resetPassword(mine, user.id(), otherAdmin),
            () -> users.delete(mine, user.id(), otherAdmin),
            // or its own customer with the first customer's user id
            () -> users.find(theirs, user.id(), otherAdmin),
            () -> users.update(theirs, user.id(), user.toUpdate(), otherAdmin),
            () -> users.resetPassword(theirs, user.id(), otherAdmin),
            () -> users.delete(theirs, user.id(), otherAdmin));
    for (ThrowingCallable intrusion : intrusions) {
      assertThatThrownBy(intrusion).isInstanceOf(NotFound.class);
    }
    assertSameUser(users.find(mine, user.id(), admin), user);
    assertThat(search(null, admin)).hasSize(1);
    assertThat(
            jdbc.sql("select count(*) from audit_log where target_id = ? and action <> ?")
                .param(user.id().toString())
                .param("customer.user.created")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aPartnerWithDelegatedAdminPrivilegesManagesUsersUntilTheCustomerRevokesThem() {
    Actor adminAgent = partnerUser(partnerId, AgentRole.ADMIN_AGENT, AdminRole.NO_ADMIN);
    CustomerUser user =
        users.create(customer.customerId(), aUserNamed("Lei", "Li", "li"), adminAgent).user();
    assertThat(search(null, adminAgent)).extracting(CustomerUser::id).containsExactly(user.id());
    assertThat(
            jdbc.sql("select partner_id from audit_log where action = ? and target_id = ?")
                .param("customer.user.created")
                .param(user.id().toString())
                .query(UUID.class)
                .single())
        .isEqualTo(partnerId);

    // sales agents may not administer on behalf of customers
    Actor sales = partnerUser(partnerId, AgentRole.SALES_AGENT, AdminRole.NO_ADMIN);
    assertThatThrownBy(() -> search(null, sales)).isInstanceOf(PermissionDenied.class);

    // a partner without a relationship does not see the customer at all
    UUID stranger = partners.createPartner(aPartner(), SYSTEM);
    Actor strangerAgent = partnerUser(stranger, AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    assertThatThrownBy(() -> users.find(customer.customerId(), user.id(), strangerAgent))
        .isInstanceOfSatisfying(
            NotFound.class, n -> assertThat(n.messageKey()).isEqualTo("customer.notFound"));

    relationships.revokeDelegatedAdmin(customer.customerId(), partnerId, admin);
    for (ThrowingCallable refused :
        List.<ThrowingCallable>of(
            () -> search(null, adminAgent),
            () -> users.create(customer.customerId(), aUserNamed("X", "Y", "xy"), adminAgent),
            () -> users.listAfter(customer.customerId(), null, 10, adminAgent),
            () -> users.delete(customer.customerId(), user.id(), adminAgent))) {
      assertThatThrownBy(refused)
          .isInstanceOfSatisfying(
              DelegatedAdminRequired.class,
              v -> assertThat(v.messageKey()).isEqualTo("customerUser.delegatedAdminRequired"));
    }
    assertThat(search(null, admin)).extracting(CustomerUser::id).containsExactly(user.id());

    // operators and API applications have no way in
    Actor operator = Actor.operator(UUID.randomUUID(), "op");
    assertThatThrownBy(() -> search(null, operator)).isInstanceOf(PermissionDenied.class);
  }

  @Test
  void pagesByPositionReturnEveryUserOnceInListOrderEvenWhenTheListChangesBetweenPages() {
    // equal display names: the sign-in name orders them
    for (String name : List.of("e", "b", "d", "a", "c")) {
      users.create(
          customer.customerId(),
          new NewCustomerUser(
              "Same", "Name", "Same Name", name + "@" + customer.domain(), "CN", null),
          admin);
    }
    users.create(customer.customerId(), aUserNamed("Aaron", "Zhu", "aaron"), admin);

    CustomerUserWindow first = users.listAfter(customer.customerId(), null, 4, admin);
    assertThat(first.users())
        .extracting(u -> u.userPrincipalName().substring(0, u.userPrincipalName().indexOf('@')))
        .containsExactly("aaron", "a", "b", "c");
    assertThat(first.totalCount()).isEqualTo(6);
    assertThat(first.hasMore()).isTrue();

    // a user added before the position does not shift the next page
    users.create(customer.customerId(), aUserNamed("Aa", "Aa", "aa"), admin);
    CustomerUserWindow second =
        users.listAfter(
            customer.customerId(), CustomerUserPosition.of(first.users().get(3)), 4, admin);
    assertThat(second.users())
        .extracting(u -> u.userPrincipalName().substring(0, u.userPrincipalName().indexOf('@')))
        .containsExactly("d", "e");
    assertThat(second.totalCount()).isEqualTo(7);
    assertThat(second.hasMore()).isFalse();

    // another customer's admin reaches none of them
    CreatedCustomer other = customers.createCustomer(partnerId, aCustomer("Other Ltd"), SYSTEM);
    assertThatThrownBy(() -> users.listAfter(customer.customerId(), null, 4, adminOf(other)))
        .isInstanceOf(NotFound.class);
  }

  /** The same user with the same properties (the database keeps instants to the microsecond). */
  private static void assertSameUser(CustomerUser actual, CustomerUser expected) {
    assertThat(actual)
        .usingRecursiveComparison()
        .ignoringFields("createdAt", "updatedAt")
        .isEqualTo(expected);
  }

  private String storedHash(UUID userId) {
    return jdbc.sql("select password_hash from customer_user where id = ?")
        .param(userId)
        .query(String.class)
        .single();
  }
}
