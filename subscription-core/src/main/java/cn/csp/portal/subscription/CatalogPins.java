package cn.csp.portal.subscription;

import cn.csp.portal.kernel.Actor;
import java.util.List;
import java.util.UUID;

/**
 * A partner's pinned offers (spec 2.10): at most {@value #MAX_PINS}, shown first wherever the
 * partner's users choose an offer. Changing them needs {@code catalog:customize}.
 */
public interface CatalogPins {

  int MAX_PINS = 5;

  /** The pinned offer ids in pin order. */
  List<String> pinnedOfferIds(UUID partnerId);

  /** Pins an offer at the end; a sixth pin is refused with a clear message. */
  void pin(UUID partnerId, String offerId, Actor actor);

  void unpin(UUID partnerId, String offerId, Actor actor);
}
