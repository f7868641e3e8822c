package cn.csp.portal.subscription;

import java.util.List;

/**
 * One target of the upgrade-path table for a subscription, and why it cannot be chosen now.
 *
 * @param refusals message keys; empty when the upgrade is possible
 */
public record UpgradeOption(Offer target, List<String> refusals) {

  public boolean eligible() {
    return refusals.isEmpty();
  }
}
