package cn.csp.portal.subscription.internal;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.subscription.Offer;
import cn.csp.portal.subscription.OfferCatalog;
import cn.csp.portal.subscription.PriceListItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
    List<Row> rows = records(decode(in));
    if (rows.isEmpty() || !isHeader(rows.get(0).fields())) {
      throw BusinessRuleViolation.onField("file", "priceList.csv.header", HEADER);
    }
    List<PriceListItem> items = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Row row : rows.subList(1, rows.size())) {
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

  private static String decode(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw BusinessRuleViolation.onField("file", "priceList.csv.tooLarge", MAX_BYTES / 1024);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      throw BusinessRuleViolation.onField("file", "priceList.csv.encoding");
    }
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  private record Row(int number, List<String> fields) {}

  /**
   * Splits the text into records by RFC 4180 (quoted fields may hold commas, quotes and line
   * breaks), trimming unquoted fields and skipping empty lines. A record's number counts the
   * records before it, empty lines included, as a spreadsheet numbers its rows.
   */
  private static List<Row> records(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int number = 1;
    int i = 0;
    while (i <= text.length()) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      boolean end = i == text.length();
      if (quoted) {
        if (end) {
          throw rowError("priceList.csv.malformed", number);
        }
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        field.setLength(0);
      } else if (c == ',') {
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        boolean emptyLine = fields.size() == 1 && fields.get(0).isEmpty() && !wasQuoted;
        if (!emptyLine) {
          rows.add(new Row(number, List.copyOf(fields)));
        }
        if (!end || !emptyLine) {
          number++;
        }
        fields.clear();
        field.setLength(0);
        wasQuoted = false;
      } else if (wasQuoted) {
        if (!Character.isWhitespace(c)) {
          // text after a closing quote: "abc"def
          throw rowError("priceList.csv.malformed", number);
        }
      } else {
        field.append(c);
      }
      i++;
    }
    return rows;
  }
}
