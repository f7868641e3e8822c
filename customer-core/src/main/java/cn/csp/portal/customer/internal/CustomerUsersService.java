package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.CreatedCustomerUser;
import cn.csp.portal.customer.CustomerRelationships;
import cn.csp.portal.customer.CustomerUser;
import cn.csp.portal.customer.CustomerUserPosition;
import cn.csp.portal.customer.CustomerUserUpdate;
import cn.csp.portal.customer.CustomerUserWindow;
import cn.csp.portal.customer.CustomerUsers;
import cn.csp.portal.customer.DelegatedAdminRequired;
import cn.csp.portal.customer.NewCustomerUser;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.LikePatterns;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.kernel.TemporaryPasswords;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerPermissions;
import cn.csp.portal.partner.PartnerUserSignIn;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.partner.SignInNames;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class CustomerUsersService implements CustomerUsers {

  /** The list's orders, by {@link CustomerUser} property; anything else is dropped. */
  private static final Set<String> SORTABLE = Set.of("displayName", "userPrincipalName");

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final CustomerUserRepository users;
  private final CustomerRepository customers;
  private final CustomerAdminUserRepository admins;
  private final CustomerAdminActors customerAdmins;
  private final PartnerRelationshipRepository relationshipRecords;
  private final CustomerRelationships relationships;
  private final PartnerAccounts partners;
  private final PartnerPermissions permissions;
  private final PasswordEncoder passwordEncoder;
  private final AuditLog auditLog;
  private final Clock clock;

  CustomerUsersService(
      CustomerUserRepository users,
      CustomerRepository customers,
      CustomerAdminUserRepository admins,
      CustomerAdminActors customerAdmins,
      PartnerRelationshipRepository relationshipRecords,
      CustomerRelationships relationships,
      PartnerAccounts partners,
      PartnerPermissions permissions,
      PasswordEncoder passwordEncoder,
      AuditLog auditLog,
      Clock clock) {
    this.users = users;
    this.customers = customers;
    this.admins = admins;
    this.customerAdmins = customerAdmins;
    this.relationshipRecords = relationshipRecords;
    this.relationships = relationships;
    this.partners = partners;
    this.permissions = permissions;
    this.passwordEncoder = passwordEncoder;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Who reaches the customer's directory.
   *
   * @param partnerId the partner acting on behalf of the customer, or null for the customer's own
   *     admin and the system
   */
  private record Access(UUID customerId, UUID partnerId) {}

  @Override
  @Transactional(readOnly = true)
  public void requireDirectoryAccess(UUID customerId, Actor actor) {
    requireAccess(customerId, actor);
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> domainsOf(UUID customerId, Actor actor) {
    return domainsOf(requireAccess(customerId, actor));
  }

  private List<String> domainsOf(Access access) {
    return List.of(customer(access.customerId()).domain());
  }

  @Override
  @Transactional(readOnly = true)
  public Page<CustomerUser> list(UUID customerId, String search, Pageable page, Actor actor) {
    requireAccess(customerId, actor);
    return users
        .search(
            customerId,
            LikePatterns.containsLowerCase(search),
            PageRequest.of(page.getPageNumber(), page.getPageSize(), inQueryTerms(page.getSort())))
        .map(CustomerUserRecord::toCustomerUser);
  }

  @Override
  @Transactional(readOnly = true)
  public CustomerUserWindow listAfter(
      UUID customerId, CustomerUserPosition after, int limit, Actor actor) {
    if (limit < 1) {
      throw new IllegalArgumentException("A page holds at least one user: " + limit);
    }
    requireAccess(customerId, actor);
    // one more than asked tells whether another page follows
    Limit probe = Limit.of(limit + 1);
    List<CustomerUserRecord> found =
        after == null
            ? users.findByCustomerIdOrderByDisplayNameAscUserPrincipalNameAsc(customerId, probe)
            : users.findAfter(customerId, after.displayName(), after.userPrincipalName(), probe);
    return new CustomerUserWindow(
        found.stream().limit(limit).map(CustomerUserRecord::toCustomerUser).toList(),
        users.countByCustomerId(customerId),
        found.size() > limit);
  }

  /** The page's order, by display name when it names none; the sign-in name breaks ties. */
  private static Sort inQueryTerms(Sort requested) {
    List<Sort.Order> orders = new ArrayList<>();
    requested.stream().filter(order -> SORTABLE.contains(order.getProperty())).forEach(orders::add);
    if (orders.isEmpty()) {
      orders.add(Sort.Order.asc("displayName"));
    }
    if (orders.stream().noneMatch(order -> order.getProperty().equals("userPrincipalName"))) {
      orders.add(Sort.Order.asc("userPrincipalName"));
    }
    return Sort.by(orders);
  }

  @Override
  @Transactional(readOnly = true)
  public CustomerUser find(UUID customerId, UUID userId, Actor actor) {
    requireAccess(customerId, actor);
    return userOf(customerId, userId).toCustomerUser();
  }

  @Override
  public CreatedCustomerUser create(UUID customerId, NewCustomerUser request, Actor actor) {
    Access access = requireAccess(customerId, actor);
    String upn = SignInNames.normalize(request.userPrincipalName());
    List<String> domains = domainsOf(access);
    if (!domains.contains(upn.substring(upn.indexOf('@') + 1))) {
      throw BusinessRuleViolation.onField(
          "userPrincipalName", "customerUser.upn.foreignDomain", String.join(", ", domains));
    }
    requireKnownCountry(request.usageLocation());
    // one name, one account: customer users and customer admins share the sign-in namespace
    if (users.existsByUserPrincipalName(upn) || admins.findByEmail(upn).isPresent()) {
      throw BusinessRuleViolation.onField("userPrincipalName", "customerUser.upn.taken", upn);
    }
    String password;
    String temporaryPassword = null;
    boolean mustChange;
    if (request.passwordProfile() != null) {
      password = request.passwordProfile().password();
      CustomerUserPasswordRules.check(password, upn);
      mustChange = request.passwordProfile().forceChangePassword();
    } else {
      temporaryPassword = TemporaryPasswords.generate();
      password = temporaryPassword;
      mustChange = true;
    }
    CustomerUserRecord user =
        users.save(
            new CustomerUserRecord(
                customerId,
                upn,
                request.firstName(),
                request.lastName(),
                request.displayName(),
                request.usageLocation(),
                passwordEncoder.encode(password),
                mustChange,
                clock.instant()));
    CustomerUser created = user.toCustomerUser();
    auditLog.record(
        entry(access, actor, "customer.user.created", user)
            .detail("user", created.toUpdate())
            .detail("passwordGenerated", temporaryPassword != null)
            .detail("mustChangePassword", mustChange)
            .build());
    return new CreatedCustomerUser(created, temporaryPassword);
  }

  @Override
  public CustomerUser update(UUID customerId, UUID userId, CustomerUserUpdate update, Actor actor) {
    Access access = requireAccess(customerId, actor);
    CustomerUserRecord user = userOf(customerId, userId);
    requireKnownCountry(update.usageLocation());
    CustomerUserUpdate before = user.toCustomerUser().toUpdate();
    user.change(update, clock.instant());
    CustomerUser after = user.toCustomerUser();
    auditLog.record(
        entry(access, actor, "customer.user.updated", user)
            .detail("before", before)
            .detail("after", after.toUpdate())
            .build());
    return after;
  }

  @Override
  public void delete(UUID customerId, UUID userId, Actor actor) {
    Access access = requireAccess(customerId, actor);
    CustomerUserRecord user = userOf(customerId, userId);
    users.delete(user);
    auditLog.record(
        entry(access, actor, "customer.user.deleted", user)
            .detail("user", user.toCustomerUser().toUpdate())
            .build());
  }

  @Override
  public String resetPassword(UUID customerId, UUID userId, Actor actor) {
    Access access = requireAccess(customerId, actor);
    CustomerUserRecord user = userOf(customerId, userId);
    String temporaryPassword = TemporaryPasswords.generate();
    user.setPassword(passwordEncoder.encode(temporaryPassword), true, clock.instant());
    auditLog.record(entry(access, actor, "customer.user.passwordReset", user).build());
    return temporaryPassword;
  }

  private AuditEntry.Builder entry(
      Access access, Actor actor, String action, CustomerUserRecord user) {
    return AuditEntry.of(actor, action)
        .partner(access.partnerId())
        .target("customer_user", user.id())
        .detail("customerId", access.customerId())
        .detail("userPrincipalName", user.userPrincipalName());
  }

  private static void requireKnownCountry(String usageLocation) {
    if (!COUNTRIES.contains(usageLocation.strip().toUpperCase(Locale.ROOT))) {
      throw BusinessRuleViolation.onField("usageLocation", "customerUser.usageLocation.unknown");
    }
  }

  private CustomerUserRecord userOf(UUID customerId, UUID userId) {
    return users
        .findByIdAndCustomerId(userId, customerId)
        .orElseThrow(() -> new NotFound("customerUser.notFound"));
  }

  private Customer customer(UUID customerId) {
    return customers.findById(customerId).orElseThrow(() -> new NotFound("customer.notFound"));
  }

  /**
   * The customer's own enabled admin, a partner user with delegated admin privileges and the
   * permission, or the system; everyone else finds no such customer (or lacks the permission).
   */
  private Access requireAccess(UUID customerId, Actor actor) {
    switch (actor.type()) {
      case SYSTEM -> {
        customer(customerId);
        return new Access(customerId, null);
      }
      case CUSTOMER_ADMIN -> {
        if (!customerAdmins.isAdminOf(customerId, actor)) {
          throw new NotFound("customer.notFound");
        }
        return new Access(customerId, null);
      }
      case PARTNER_USER -> {
        UUID partnerId =
            partners
                .findSignIn(actor.id())
                .filter(PartnerUserSignIn::enabled)
                .map(PartnerUserSignIn::partnerId)
                .orElseThrow(() -> new PermissionDenied(Permission.CUSTOMER_ADMINISTER));
        permissions.require(partnerId, actor, Permission.CUSTOMER_ADMINISTER);
        if (!relationshipRecords.existsById(new PartnerRelationship.Key(partnerId, customerId))) {
          throw new NotFound("customer.notFound");
        }
        // the customer may have taken the privileges away (spec 2.29)
        if (!relationships.hasDelegatedAdmin(partnerId, customerId)) {
          throw new DelegatedAdminRequired();
        }
        return new Access(customerId, partnerId);
      }
      default -> throw new PermissionDenied(Permission.CUSTOMER_ADMINISTER);
    }
  }
}
