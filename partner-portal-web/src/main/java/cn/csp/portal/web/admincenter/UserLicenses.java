package cn.csp.portal.web.admincenter;

import cn.csp.portal.subscription.LicenseAssignment;
import cn.csp.portal.subscription.LicensePool;
import cn.csp.portal.subscription.Licenses;
import cn.csp.portal.web.security.AdminCenterPrincipal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What the Users pages show of licenses: each user's, and which a user holds of each pool. */
@Component
class UserLicenses {

  /** A pool as one user's page shows it: whether the user holds one of its licenses. */
  public record UserLicense(LicensePool pool, boolean held) {}

  private final Licenses licenses;

  UserLicenses(Licenses licenses) {
    this.licenses = licenses;
  }

  /** The names of the subscriptions each user holds a license of, for the users list. */
  Map<UUID, List<String>> namesByUser(AdminCenterPrincipal admin) {
    Map<UUID, String> names =
        licenses.poolsOf(admin.customerId(), admin.actor()).stream()
            .collect(Collectors.toMap(LicensePool::subscriptionId, UserLicenses::nameOf));
    Map<UUID, List<String>> byUser = new HashMap<>();
    for (LicenseAssignment a : licenses.assignmentsOf(admin.customerId(), admin.actor())) {
      String name = names.get(a.subscriptionId());
      if (name != null) {
        byUser.computeIfAbsent(a.customerUserId(), id -> new ArrayList<>()).add(name);
      }
    }
    byUser.values().forEach(list -> list.sort(String::compareTo));
    return byUser;
  }

  /** Every pool of the customer, with whether the user holds one of its licenses. */
  List<UserLicense> of(AdminCenterPrincipal admin, UUID userId) {
    Set<UUID> held =
        licenses.assignmentsOf(admin.customerId(), admin.actor()).stream()
            .filter(a -> a.customerUserId().equals(userId))
            .map(LicenseAssignment::subscriptionId)
            .collect(Collectors.toSet());
    return licenses.poolsOf(admin.customerId(), admin.actor()).stream()
        .map(pool -> new UserLicense(pool, held.contains(pool.subscriptionId())))
        .toList();
  }

  /** The pool's name as the customer knows it: the partner's friendly name, else the offer's. */
  static String nameOf(LicensePool pool) {
    return pool.friendlyName() == null || pool.friendlyName().isBlank()
        ? pool.offerName()
        : pool.friendlyName();
  }
}
