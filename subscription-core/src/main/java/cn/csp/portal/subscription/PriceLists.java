package cn.csp.portal.subscription;

import cn.csp.portal.kernel.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Monthly price lists (spec 2.4): operators prepare and publish next month's list at least 30 days
 * before it takes effect; partners whose users may see prices read the current and the next month's
 * list. Sales and helpdesk agents never see a price.
 */
public interface PriceLists {

  /** The published list in effect on {@code date}, if any; for the module's own use (pricing). */
  Optional<PriceList> publishedOn(LocalDate date);

  /**
   * The unit price of an offer on a date: what an order locks for the term and what renewal
   * re-prices from.
   *
   * @throws cn.csp.portal.kernel.BusinessRuleViolation when no published list covers the date or
   *     the offer is not in it
   */
  BigDecimal unitPriceOn(String durableOfferId, LocalDate date);

  /** The current month's published list, for a partner user with {@code pricing:view}. */
  Optional<PriceList> currentFor(UUID partnerId, Actor actor);

  /** Next month's list once published, for a partner user with {@code pricing:view}. */
  Optional<PriceList> nextFor(UUID partnerId, Actor actor);

  /** Writes a published list as CSV, for a partner user with {@code pricing:view}. */
  void writeCsv(UUID partnerId, YearMonth month, Writer out, Actor actor) throws IOException;

  /** Every list, newest month first, drafts included; operators only. */
  List<PriceList> allLists(Actor operator);

  /**
   * Creates or replaces a draft list for a future month from a CSV upload (the columns that {@link
   * #writeCsv} writes); every row is checked and the first bad row is named. Operators only.
   */
  PriceList uploadDraft(YearMonth month, InputStream csv, Actor operator);

  /** Sets one offer's price in a draft list. Operators only. */
  void setDraftPrice(YearMonth month, String durableOfferId, BigDecimal unitPrice, Actor operator);

  /**
   * Records a list that was published outside the portal, with its original publication time (data
   * migration, demo data, test fixtures). System actor only; the 30-day rule was the publisher's.
   */
  void importPublished(
      YearMonth month, List<PriceListItem> items, Instant publishedAt, Actor system);

  /**
   * Publishes a draft. Refused, clearly, when fewer than 30 days remain before the month starts, or
   * when an offer of the catalog has no price in it. Operators only.
   */
  void publish(YearMonth month, Actor operator);
}
