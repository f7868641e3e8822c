package cn.csp.portal.billing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * The billing platform's subscription id (reconciliation column SubscriptionID), which is NOT the
 * portal's id (that one is SyndicationPartnerSubscriptionNumber). The portal has no billing
 * platform, so it derives one deterministically: the first 12 bytes of SHA-256 over the portal id,
 * base64url without padding, giving 16 characters in the shape of the spec's sample
 * ("usCBMgAAAAAAAAIA"). The same subscription always gets the same id, in every file.
 */
final class BillingSubscriptionIds {

  private BillingSubscriptionIds() {}

  static String of(UUID subscriptionId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  ("csp-billing-subscription:" + subscriptionId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
