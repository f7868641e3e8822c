package cn.csp.portal.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The license-based price list for one month (spec 2.4). It takes effect on the first day of its
 * month (China time) and must be published at least 30 days before.
 *
 * @param publishedAt null while the list is a draft
 */
public record PriceList(YearMonth month, Instant publishedAt, List<PriceListItem> items) {

  public boolean published() {
    return publishedAt != null;
  }

  public LocalDate effectiveFrom() {
    return month.atDay(1);
  }
}
