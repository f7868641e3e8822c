package cn.csp.portal.subscription;

import cn.csp.portal.kernel.Actor;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * License assignment in the customer admin center (spec 2.22): the customer admin (or a partner
 * administering on the customer's behalf) gives the customer's users licenses of the customer's
 * license-based subscriptions, from every partner. Assigned licenses never exceed the purchased
 * quantity; to lower a subscription's quantity below what is assigned, unassign first. Who may do
 * it is decided exactly as for the customer's users ({@link cn.csp.portal.customer.CustomerUsers}).
 */
public interface Licenses {

  /** The customer's active and suspended license-based subscriptions, with their counts. */
  List<LicensePool> poolsOf(UUID customerId, Actor actor);

  List<LicenseAssignment> assignmentsOf(UUID customerId, Actor actor);

  /**
   * Refused when every license is taken, when the subscription is not active, or when the user
   * already holds one of it.
   */
  void assign(UUID customerId, UUID subscriptionId, UUID customerUserId, Actor actor);

  void unassign(UUID customerId, UUID subscriptionId, UUID customerUserId, Actor actor);

  /**
   * The services of the customer's active subscriptions with every partner: what its admin center
   * shows the health of (spec 2.25, "for each service in the account"). A suspended subscription's
   * services are not in use (spec 2.23), so they are left out.
   */
  Set<CloudService> servicesOf(UUID customerId, Actor actor);
}
