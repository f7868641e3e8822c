package cn.csp.portal.web.api.model;

/**
 * The body of {@code PATCH /customers/{cid}/subscriptions/{sid}}: the SDK sends the whole
 * subscription it read, with the caller's changes (contract 8.1). Only the fields that can change
 * are read, as plain strings so that a wrong value is refused naming its field; everything else is
 * read-only noise. The values are compared with the stored subscription and only differences are
 * applied.
 */
public record SubscriptionPatchJson(
    String status,
    Integer quantity,
    String friendlyName,
    Boolean autoRenewEnabled,
    String billingCycle,
    String contractType,
    ResourceAttributes attributes) {

  /** The etag the client read, if it sent one. */
  public String etag() {
    return attributes == null ? null : attributes.etag();
  }
}
