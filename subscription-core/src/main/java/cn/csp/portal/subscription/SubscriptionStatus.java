package cn.csp.portal.subscription;

/**
 * A subscription's life (spec 2.23, 5): {@code ACTIVE ⇄ SUSPENDED}, {@code SUSPENDED → DELETED}
 * after 60 days (data purged), and {@code CANCELLED} when the partner cancels it or upgrades from
 * it. Deleted and cancelled are final.
 */
public enum SubscriptionStatus {
  ACTIVE,
  SUSPENDED,
  CANCELLED,
  DELETED;

  public boolean isFinal() {
    return this == CANCELLED || this == DELETED;
  }
}
