package cn.csp.portal.web.customers;

import cn.csp.portal.subscription.NewOrder;
import cn.csp.portal.subscription.OrderLine;
import java.util.List;
import java.util.UUID;

/**
 * "Add subscription" (spec 2.21), and "buy an add-on" on a subscription's page: an offer, a number
 * of licenses, an optional nickname, and the one-time request id generated when the form was shown,
 * which makes a second submission of the same form return the first order (double click, reload).
 */
public class NewSubscriptionForm {

  private String offerId;
  private Integer quantity;
  private String friendlyName;
  private String requestId;

  /** An empty form with a request id of its own. */
  static NewSubscriptionForm fresh() {
    NewSubscriptionForm form = new NewSubscriptionForm();
    form.renewRequestId();
    return form;
  }

  void renewRequestId() {
    this.requestId = UUID.randomUUID().toString();
  }

  /** Request ids are the UUIDs this form makes; anything else was not made by it. */
  boolean hasValidRequestId() {
    if (requestId == null) {
      return false;
    }
    try {
      return UUID.fromString(requestId).toString().equals(requestId);
    } catch (IllegalArgumentException notAUuid) {
      return false;
    }
  }

  /**
   * The order line for the facade's rules. A missing quantity is reported by the controller as a
   * missing value, so here it stands in as 1 to keep the "at least 1" rule from repeating it.
   */
  OrderLine toOrderLine(UUID parentSubscriptionId) {
    return new OrderLine(
        offerId, quantity == null ? 1 : quantity, friendlyName, parentSubscriptionId);
  }

  NewOrder toOrder(UUID parentSubscriptionId) {
    return new NewOrder(requestId, List.of(toOrderLine(parentSubscriptionId)));
  }

  public String getOfferId() {
    return offerId;
  }

  public void setOfferId(String offerId) {
    this.offerId = offerId;
  }

  public Integer getQuantity() {
    return quantity;
  }

  public void setQuantity(Integer quantity) {
    this.quantity = quantity;
  }

  public String getFriendlyName() {
    return friendlyName;
  }

  public void setFriendlyName(String friendlyName) {
    this.friendlyName = friendlyName;
  }

  public String getRequestId() {
    return requestId;
  }

  public void setRequestId(String requestId) {
    this.requestId = requestId;
  }
}
