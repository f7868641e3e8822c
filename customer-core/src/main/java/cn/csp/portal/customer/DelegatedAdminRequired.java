package cn.csp.portal.customer;

import cn.csp.portal.kernel.BusinessRuleViolation;

/**
 * A partner acted on a customer's directory after the customer took its delegated admin privileges
 * away (spec 2.29): the customer is still the partner's, but not to administer. A type of its own
 * so that interfaces can tell this refusal of access from a refused input (the partner API answers
 * it 403, not 400).
 */
public class DelegatedAdminRequired extends BusinessRuleViolation {

  public DelegatedAdminRequired() {
    super("customerUser.delegatedAdminRequired");
  }
}
