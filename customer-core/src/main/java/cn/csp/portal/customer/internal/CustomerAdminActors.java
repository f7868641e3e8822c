package cn.csp.portal.customer.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.kernel.NotFound;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whether a customer admin acts for the customer a request names: the admin's own customer, as
 * stored, never the one the request names, and only while the admin is enabled. Any other customer
 * is "not found" for it.
 */
@Component
class CustomerAdminActors {

  private final CustomerAdminUserRepository admins;

  CustomerAdminActors(CustomerAdminUserRepository admins) {
    this.admins = admins;
  }

  boolean isAdminOf(UUID customerId, Actor actor) {
    return actor.type() == ActorType.CUSTOMER_ADMIN
        && admins
            .findById(actor.id())
            .filter(admin -> admin.enabled() && admin.customerId().equals(customerId))
            .isPresent();
  }

  /** The customer's own admin or the system; everyone else finds no such customer. */
  void requireAdminOrSystem(UUID customerId, Actor actor, String notFoundKey) {
    if (actor.type() != ActorType.SYSTEM && !isAdminOf(customerId, actor)) {
      throw new NotFound(notFoundKey);
    }
  }
}
