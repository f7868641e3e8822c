package cn.csp.portal.web.customers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Step 2 of "Add customer" (spec 2.17): the number of licenses to order per offer id. An offer left
 * empty orders nothing, and all of them empty means "no subscriptions now".
 */
public class WizardSubscriptionsForm {

  private Map<String, Integer> quantities = new LinkedHashMap<>();

  public Map<String, Integer> getQuantities() {
    return quantities;
  }

  public void setQuantities(Map<String, Integer> quantities) {
    this.quantities = quantities;
  }
}
