package cn.csp.portal.subscription.internal;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.CsvReader;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.PriceListItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The price list's CSV form (RFC 4180, UTF-8 with a byte order mark so that Excel reads Chinese
 * correctly): the columns {@value #HEADER}. Reading checks every row and names the first bad one by
 * its row number as a spreadsheet shows it (the header is row 1).
 */
final class PriceListCsv {

  static final String HEADER = "DurableOfferId,OfferName,BillingType,UnitPrice";
  static final int MAX_BYTES = 1024 * 1024;

  private static final List<String> COLUMNS = List.of(HEADER.split(","));
  private static final char BOM = '\uFEFF';
  private static final String CRLF = "\r\n";

  /** What numeric(12,4) holds: up to 8 digits before the point and 4 after, never negative. */
  private static final Pattern PRICE = Pattern.compile("\\d{1,8}(\\.\\d{1,4})?");

  private PriceListCsv() {}

  static void write(List<PriceListItem> items, Writer out) throws IOException {
    out.write(BOM);
    out.write(HEADER);
    out.write(CRLF);
    for (PriceListItem item : items) {
      out.write(quoted(item.durableOfferId()));
      out.write(',');
      out.write(quoted(item.offerName()));
      out.write(',');
      out.write(item.billingType().name());
      out.write(',');
      out.write(item.unitPrice().toPlainString());
      out.write(CRLF);
    }
    out.flush();
  }

  /** RFC 4180: a field with a comma, quote or line break goes in quotes, its quotes doubled. */
  static String quoted(String field) {
    if (field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
      return '"' + field.replace("\"", "\"\"") + '"';
    }
    return field;
  }

  /**
   * Reads an uploaded list: known durable offer ids, each once, with the offer's billing type and a
   * price of at most 4 decimals. The catalog's offer name is kept; the file's is informative.
   *
   * @throws BusinessRuleViolation naming the first bad row
   */
  static List<PriceListItem> read(InputStream in, OfferCatalog catalog) throws IOException {
    List<CsvReader.Row> rows = records(in);
    if (rows.isEmpty() || !isHeader(rows.get(0).fields())) {
      throw BusinessRuleViolation.onField("file", "priceList.csv.header", HEADER);
    }
    List<PriceListItem> items = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvReader.Row row : rows.subList(1, rows.size())) {
      List<String> fields = row.fields();
      if (fields.size() != COLUMNS.size()) {
        throw rowError("priceList.csv.columns", row.number(), COLUMNS.size());
      }
      String durableOfferId = fields.get(0);
      Offer offer =
          catalog
              .findByDurableOfferId(durableOfferId)
              .orElseThrow(
                  () -> rowError("priceList.csv.unknownOffer", row.number(), durableOfferId));
      Integer firstRow = seen.putIfAbsent(offer.durableOfferId(), row.number());
      if (firstRow != null) {
        throw rowError("priceList.csv.duplicate", row.number(), offer.durableOfferId(), firstRow);
      }
      if (!fields.get(2).equalsIgnoreCase(offer.billingType().name())) {
        throw rowError(
            "priceList.csv.billingType", row.number(), fields.get(2), offer.billingType().name());
      }
      String price = fields.get(3);
      if (!PRICE.matcher(price).matches()) {
        throw rowError("priceList.csv.price", row.number(), price);
      }
      items.add(
          new PriceListItem(
              offer.durableOfferId(), offer.name(), offer.billingType(), new BigDecimal(price)));
    }
    if (items.isEmpty()) {
      throw BusinessRuleViolation.onField("file", "priceList.csv.empty");
    }
    return items;
  }

  /**
   * A price the price list can hold: not negative, at most 8 digits before the point and 4 after.
   */
  static boolean isValidPrice(BigDecimal price) {
    if (price == null || price.signum() < 0) {
      return false;
    }
    BigDecimal exact = price.stripTrailingZeros();
    return Math.max(exact.scale(), 0) <= 4 && exact.precision() - exact.scale() <= 8;
  }

  /** A price as shown and exported: as stored, with at least two decimals (CNY's cents). */
  static BigDecimal forDisplay(BigDecimal price) {
    BigDecimal exact = price.stripTrailingZeros();
    return exact.scale() < 2 ? exact.setScale(2) : exact;
  }

  private static boolean isHeader(List<String> fields) {
    if (fields.size() != COLUMNS.size()) {
      return false;
    }
    for (int i = 0; i < fields.size(); i++) {
      if (!fields.get(i).equalsIgnoreCase(COLUMNS.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static BusinessRuleViolation rowError(String key, Object... arguments) {
    return BusinessRuleViolation.onField("file", key, arguments);
  }

  /** Splits the file into rows, refusing what cannot be read as the price list's own errors. */
  private static List<CsvReader.Row> records(InputStream in) throws IOException {
    try {
      return CsvReader.read(in, MAX_BYTES);
    } catch (CsvReader.UnreadableCsv unreadable) {
      throw switch (unreadable.problem()) {
        case TOO_LARGE -> rowError("priceList.csv.tooLarge", MAX_BYTES / 1024);
        case NOT_UTF8 -> rowError("priceList.csv.encoding");
        case MALFORMED -> rowError("priceList.csv.malformed", unreadable.row());
      };
    }
  }
}
