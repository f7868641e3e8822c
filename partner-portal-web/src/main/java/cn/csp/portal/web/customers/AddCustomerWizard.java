package cn.csp.portal.web.customers;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;

/**
 * What the "Add customer" wizard has collected so far, kept in the user's session between its steps
 * (and when "Update" goes back to step 1) until it is submitted or cancelled.
 */
@Component
@SessionScope
class AddCustomerWizard {

  /** Step 1; null until it has been entered without errors. */
  private NewCustomerForm accountInfo;

  /** Step 2 was confirmed ("No subscriptions now" until the catalog arrives). */
  private boolean subscriptionsConfirmed;

  /** Step 1 as entered, or an empty form to start with. */
  NewCustomerForm accountInfoForm() {
    return accountInfo != null ? accountInfo : new NewCustomerForm();
  }

  boolean hasAccountInfo() {
    return accountInfo != null;
  }

  void accountInfo(NewCustomerForm form) {
    this.accountInfo = form;
  }

  boolean subscriptionsConfirmed() {
    return subscriptionsConfirmed;
  }

  void confirmSubscriptions() {
    this.subscriptionsConfirmed = true;
  }

  void clear() {
    accountInfo = null;
    subscriptionsConfirmed = false;
  }
}
