package cn.csp.portal.web.api.v1;

import static cn.csp.portal.partner.Permission.CUSTOMER_VIEW;
import static cn.csp.portal.partner.Permission.SUBSCRIPTION_MANAGE;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.Subscription;
import cn.csp.portal.subscription.SubscriptionSuspensionReason;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.web.api.ApiCaller;
import cn.csp.portal.web.api.ApiRequestRefused;
import cn.csp.portal.web.api.model.BillingCycleJson;
import cn.csp.portal.web.api.model.ResourceCollection;
import cn.csp.portal.web.api.model.SubscriptionJson;
import cn.csp.portal.web.api.model.SubscriptionPatchJson;
import cn.csp.portal.web.api.model.SubscriptionStatusJson;
import cn.csp.portal.web.api.model.WireValues;
import cn.csp.portal.web.security.RequiresPermission;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * A customer's subscriptions (contract 8: list, by order, by partner, get, PATCH). Reading needs
 * {@code customer:view}, changing {@code subscription:manage}, as on the subscription pages; the
 * rules of every change are the {@link Subscriptions} facade's.
 */
@RestController
@RequestMapping("/v1/customers/{customerId}/subscriptions")
@RequiresPermission(CUSTOMER_VIEW)
class SubscriptionsApiController {

  /** What a suspension through the API records: the SDK cannot say why. */
  static final SubscriptionSuspensionReason API_SUSPENSION = SubscriptionSuspensionReason.OTHER;

  private final Subscriptions subscriptions;
  private final OfferCatalog catalog;
  private final PartnerAccounts partners;
  private final TransactionTemplate transactions;

  SubscriptionsApiController(
      Subscriptions subscriptions,
      OfferCatalog catalog,
      PartnerAccounts partners,
      TransactionTemplate transactions) {
    this.subscriptions = subscriptions;
    this.catalog = catalog;
    this.partners = partners;
    this.transactions = transactions;
  }

  /**
   * Every subscription of the customer the partner sees, or those of one order ({@code order_id}),
   * or those sold through one partner ({@code mpn_id}, as Partner Center's {@code byPartner}): the
   * indirect reseller of record when there is one, else the partner of record.
   */
  @GetMapping
  ResourceCollection<SubscriptionJson> list(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable UUID customerId,
      @RequestParam(name = "order_id", required = false) String orderId,
      @RequestParam(name = "mpn_id", required = false) String mpnId) {
    List<Subscription> visible =
        subscriptions.subscriptionsOf(caller.partnerId(), customerId, caller.actor());
    Predicate<Subscription> selected = s -> true;
    StringBuilder self = new StringBuilder("customers/" + customerId + "/subscriptions");
    if (orderId != null) {
      String order = orderId.strip();
      selected = selected.and(s -> order.equals(s.orderId()));
      self.append("?order_id=").append(UriUtils.encodeQueryParam(order, StandardCharsets.UTF_8));
    }
    if (mpnId != null) {
      String seller = mpnId.strip();
      Map<UUID, String> partnerMpnIds = new HashMap<>();
      selected = selected.and(s -> seller.equals(sellerMpnId(s, partnerMpnIds)));
      self.append(orderId == null ? '?' : '&')
          .append("mpn_id=")
          .append(UriUtils.encodeQueryParam(seller, StandardCharsets.UTF_8));
    }
    return ResourceCollection.of(
        visible.stream().filter(selected).map(this::json).toList(), self.toString());
  }

  @GetMapping("/{subscriptionId}")
  SubscriptionJson get(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable UUID customerId,
      @PathVariable UUID subscriptionId) {
    return json(subscriptions.find(caller.partnerId(), customerId, subscriptionId, caller.actor()));
  }

  /**
   * Applies what the body changes compared with the stored subscription, all or nothing: {@code
   * status} active reactivates a suspended subscription, suspended suspends it and deleted cancels
   * it (none or absent: unchanged); a different {@code friendlyName} renames it and a different
   * {@code quantity} changes its licenses. An etag of this portal (the version) that is no longer
   * current is refused; foreign etags, as in Microsoft's samples, are ignored.
   */
  @PatchMapping("/{subscriptionId}")
  @RequiresPermission(SUBSCRIPTION_MANAGE)
  SubscriptionJson update(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable UUID customerId,
      @PathVariable UUID subscriptionId,
      @RequestBody SubscriptionPatchJson patch) {
    if (patch.contractType() != null
        && !SubscriptionJson.CONTRACT_TYPE.equalsIgnoreCase(patch.contractType().strip())) {
      throw ApiRequestRefused.badInput("contractType", "api.commerce.contractType");
    }
    SubscriptionStatusJson status = wire(SubscriptionStatusJson.class, "status", patch.status());
    BillingCycleJson cycle = wire(BillingCycleJson.class, "billingCycle", patch.billingCycle());
    if (cycle != null && !cycle.isSoldOrUnstated()) {
      throw ApiRequestRefused.badInput("billingCycle", "api.commerce.billingCycle", cycle.wire());
    }
    Subscription updated =
        transactions.execute(
            tx -> new Change(caller, customerId, subscriptionId).apply(patch, status));
    return json(updated);
  }

  /** One PATCH: each facade call takes the version the previous one produced. */
  private final class Change {

    private final UUID partnerId;
    private final UUID customerId;
    private final UUID subscriptionId;
    private final Actor actor;

    Change(ApiCaller caller, UUID customerId, UUID subscriptionId) {
      this.partnerId = caller.partnerId();
      this.customerId = customerId;
      this.subscriptionId = subscriptionId;
      this.actor = caller.actor();
    }

    Subscription apply(SubscriptionPatchJson patch, SubscriptionStatusJson status) {
      Subscription current = subscriptions.find(partnerId, customerId, subscriptionId, actor);
      if (patch.autoRenewEnabled() != null
          && patch.autoRenewEnabled() != current.autoRenewEnabled()) {
        throw ApiRequestRefused.badInput("autoRenewEnabled", "api.commerce.autoRenew");
      }
      long version = versionSeen(patch.etag(), current);
      SubscriptionStatusJson stored = SubscriptionStatusJson.of(current.status());
      // reactivate first and suspend or cancel last: licenses change only while active
      if (status == SubscriptionStatusJson.ACTIVE && stored != SubscriptionStatusJson.ACTIVE) {
        current = subscriptions.reactivate(partnerId, customerId, subscriptionId, version, actor);
        version = current.version();
      }
      String friendlyName = patch.friendlyName();
      if (friendlyName != null && !friendlyName.strip().equals(current.friendlyName())) {
        current =
            subscriptions.rename(
                partnerId, customerId, subscriptionId, friendlyName, version, actor);
        version = current.version();
      }
      if (patch.quantity() != null && patch.quantity() != current.quantity()) {
        current =
            subscriptions.changeQuantity(
                partnerId, customerId, subscriptionId, patch.quantity(), version, actor);
        version = current.version();
      }
      if (status == SubscriptionStatusJson.SUSPENDED
          && stored != SubscriptionStatusJson.SUSPENDED) {
        current =
            subscriptions.suspend(
                partnerId, customerId, subscriptionId, API_SUSPENSION, version, actor);
      } else if (status == SubscriptionStatusJson.DELETED && !current.status().isFinal()) {
        current = subscriptions.cancel(partnerId, customerId, subscriptionId, version, actor);
      }
      return current;
    }
  }

  /**
   * The version the client read: the etag this portal wrote (the version number), else the current
   * one, so that a body without an etag of ours changes what is stored now.
   */
  private static long versionSeen(String etag, Subscription current) {
    if (etag != null && etag.strip().matches("\\d{1,18}")) {
      return Long.parseLong(etag.strip());
    }
    return current.version();
  }

  /** A wire enum value of the body, refused naming its field when unknown; null when absent. */
  static <E extends Enum<E>> E wire(Class<E> type, String field, String value) {
    if (value == null) {
      return null;
    }
    return WireValues.find(type, value)
        .orElseThrow(
            () ->
                ApiRequestRefused.badInput(
                    field, "api.commerce.unsupportedValue", field, WireValues.allowed(type)));
  }

  private String sellerMpnId(Subscription s, Map<UUID, String> partnerMpnIds) {
    return s.indirectResellerMpnId()
        .orElseGet(
            () ->
                partnerMpnIds.computeIfAbsent(
                    s.partnerId(),
                    id -> partners.findOverview(id).map(PartnerOverview::mpnId).orElse(null)));
  }

  private SubscriptionJson json(Subscription s) {
    return SubscriptionJson.of(s, !s.isAddOn() && !catalog.addOnsOf(s.offerId()).isEmpty());
  }
}
