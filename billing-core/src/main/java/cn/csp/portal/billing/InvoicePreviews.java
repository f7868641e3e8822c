package cn.csp.portal.billing;

import cn.csp.portal.kernel.Actor;
import java.util.Optional;
import java.util.UUID;

/** The next-invoice preview of the Billing page; needs {@code billing:view}. */
public interface InvoicePreviews {

  /**
   * Rates the partner's next invoice (the first billing date from today, China time, not billed
   * yet) as its billing run would, without writing anything.
   *
   * @return empty while the partner has no billing date (before it signs the agreement)
   */
  Optional<InvoicePreview> preview(UUID partnerId, Actor actor);
}
