package cn.csp.portal.web.customers;

import cn.csp.portal.subscription.Subscription;
import cn.csp.portal.subscription.SubscriptionSuspensionReason;

/**
 * The forms of a subscription's page and of its upgrade page (spec 2.21-2.24). Each form posts the
 * {@link Subscription#version} it was shown with, and only the fields it changes; the page shows
 * one instance per form, pre-filled from the subscription.
 */
public class SubscriptionChangeForm {

  private Long version;
  private Integer quantity;
  private String friendlyName;
  private String resellerMpnId;
  private SubscriptionSuspensionReason reason;
  private boolean confirm;
  private String targetOfferId;

  static SubscriptionChangeForm of(Subscription subscription) {
    SubscriptionChangeForm form = new SubscriptionChangeForm();
    form.version = subscription.version();
    form.quantity = subscription.quantity();
    form.friendlyName = subscription.friendlyName();
    form.resellerMpnId = subscription.resellerMpnId();
    return form;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
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

  public String getResellerMpnId() {
    return resellerMpnId;
  }

  public void setResellerMpnId(String resellerMpnId) {
    this.resellerMpnId = resellerMpnId;
  }

  public SubscriptionSuspensionReason getReason() {
    return reason;
  }

  public void setReason(SubscriptionSuspensionReason reason) {
    this.reason = reason;
  }

  public boolean isConfirm() {
    return confirm;
  }

  public void setConfirm(boolean confirm) {
    this.confirm = confirm;
  }

  public String getTargetOfferId() {
    return targetOfferId;
  }

  public void setTargetOfferId(String targetOfferId) {
    this.targetOfferId = targetOfferId;
  }
}
