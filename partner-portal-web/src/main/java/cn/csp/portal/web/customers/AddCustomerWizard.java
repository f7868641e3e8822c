package cn.csp.portal.web.customers;

import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.OrderLine;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;

/**
 * What the "Add customer" wizard has collected so far, kept in the user's session between its steps
 * (and when "Update" goes back to step 1) until it is submitted or cancelled.
 */
@Component
@SessionScope
class AddCustomerWizard implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** One subscription to order once the customer exists: an offer checked against the catalog. */
  public record Line(String offerId, String offerName, int quantity) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /** Step 1; null until it has been entered without errors. */
  private NewCustomerForm accountInfo;

  /** Step 2 was confirmed, with no lines for "no subscriptions now". */
  private boolean subscriptionsConfirmed;

  private List<Line> lines = List.of();

  /** The order's idempotency key, made when step 2 is confirmed. */
  private String orderRequestId;

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

  void confirmSubscriptions(List<Line> chosen) {
    this.subscriptionsConfirmed = true;
    this.lines = List.copyOf(chosen);
    this.orderRequestId = UUID.randomUUID().toString();
  }

  /** The subscriptions chosen in step 2; empty for none. */
  List<Line> lines() {
    return lines;
  }

  /** The order of the chosen subscriptions, or null when none were chosen. */
  NewOrder order() {
    if (lines.isEmpty()) {
      return null;
    }
    return new NewOrder(
        orderRequestId,
        lines.stream().map(l -> new OrderLine(l.offerId(), l.quantity(), null, null)).toList());
  }

  void clear() {
    accountInfo = null;
    subscriptionsConfirmed = false;
    lines = List.of();
    orderRequestId = null;
  }
}
