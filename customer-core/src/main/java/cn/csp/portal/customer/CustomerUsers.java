package cn.csp.portal.customer;

import cn.csp.portal.kernel.Actor;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The users of a customer's directory (spec 1.2, 2.22): the people the customer's licenses are
 * assigned to. They are managed in the (simulated) admin center, and later through the partner API;
 * they never sign in to this portal (they would sign in to the cloud services), so only their
 * password hash is kept, to model the account.
 *
 * <p>Who may manage them, for every method, reads included:
 *
 * <ul>
 *   <li>an enabled admin of that customer ({@code CUSTOMER_ADMIN});
 *   <li>a user of a partner that holds delegated admin privileges for the customer right now, with
 *       {@code customer:administer-on-behalf} (the partner is the one the user belongs to, as
 *       stored, never one the caller names);
 *   <li>the system.
 * </ul>
 *
 * A customer the actor may not reach, and a user of another customer, are {@link
 * cn.csp.portal.kernel.NotFound}; a partner with a relationship but without delegated admin
 * privileges is refused with {@link DelegatedAdminRequired}, and a partner user without the
 * permission with {@link cn.csp.portal.partner.PermissionDenied}. Every change is audited. A
 * suspended subscription (spec 2.23) keeps its users from using the service but does not touch the
 * directory: admins still sign in and manage users.
 */
public interface CustomerUsers {

  /**
   * Refuses, exactly as every method here does, an actor who may not manage the customer's
   * directory; for other modules whose features sit on the directory (license assignment).
   */
  void requireDirectoryAccess(UUID customerId, Actor actor);

  /** The domains a user's sign-in name may end in (today the customer's initial domain). */
  List<String> domainsOf(UUID customerId, Actor actor);

  /**
   * The customer's users whose display name, first or last name or sign-in name contains the text
   * (any case; blank for all), by display name unless the page asks for {@code userPrincipalName}.
   */
  Page<CustomerUser> list(UUID customerId, String search, Pageable page, Actor actor);

  /**
   * The customer's users in the list's order (display name, then sign-in name), starting right
   * after {@code after}: keyset paging, so a page neither skips nor repeats a user when users are
   * added or removed between pages, and no skipped rows are read again (the partner API's
   * continuation).
   *
   * @param after where the previous page ended, or null for the first page
   * @param limit at most this many users, at least 1
   */
  CustomerUserWindow listAfter(UUID customerId, CustomerUserPosition after, int limit, Actor actor);

  /**
   * @throws cn.csp.portal.kernel.NotFound {@code customerUser.notFound} for an unknown id or a user
   *     of another customer
   */
  CustomerUser find(UUID customerId, UUID userId, Actor actor);

  /**
   * Adds a user. The sign-in name must be in one of the customer's {@link #domainsOf domains} and
   * unused by any customer user or customer admin (case-insensitive). A chosen password must pass
   * the directory's password rules (8 to 72 bytes, three of lower case, upper case, digits and
   * symbols, not the user name, as Azure AD asks); without one a temporary password is generated
   * and must be changed at first sign-in.
   */
  CreatedCustomerUser create(UUID customerId, @Valid NewCustomerUser user, Actor actor);

  /** Replaces the names, the usage location and the state. */
  CustomerUser update(UUID customerId, UUID userId, @Valid CustomerUserUpdate update, Actor actor);

  /**
   * Deletes the user for good: it leaves every list and its sign-in name can be used again. The
   * audit log keeps who it was.
   */
  void delete(UUID customerId, UUID userId, Actor actor);

  /**
   * Gives the user a new temporary password, which must be changed at the next sign-in.
   *
   * @return the password, to show exactly once
   */
  String resetPassword(UUID customerId, UUID userId, Actor actor);
}
