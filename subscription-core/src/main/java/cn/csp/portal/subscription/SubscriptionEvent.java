package cn.csp.portal.subscription;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of a subscription's append-only history: what billing reads to rate and prorate.
 *
 * @param sequence increases by one per subscription, from 1
 * @param effectiveDate the first day on which the new state applies, in the partner's time zone:
 *     the next day for a purchase, the day of the change for changes, the new term's first day for
 *     a renewal
 * @param quantityAfter licenses after the change; 0 once cancelled, upgraded away or deleted
 * @param unitPrice the unit price in force after the change (locked for the term; renewal
 *     re-prices)
 * @param relatedSubscriptionId for an upgrade, the other side of it
 */
public record SubscriptionEvent(
    UUID subscriptionId,
    int sequence,
    SubscriptionEventType type,
    LocalDate effectiveDate,
    int quantityAfter,
    BigDecimal unitPrice,
    UUID relatedSubscriptionId,
    Instant recordedAt) {}
