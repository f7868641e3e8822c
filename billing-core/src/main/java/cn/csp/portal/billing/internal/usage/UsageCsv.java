package cn.csp.portal.billing.internal.usage;

import cn.csp.portal.billing.NewUsageRecord;
import cn.csp.portal.billing.UsageCsvFormat;
import cn.csp.portal.billing.UsageLineError;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the usage import file ({@link UsageCsvFormat#HEADER}) into records, collecting every line's
 * syntax errors (column count, GUIDs, dates, numbers). The rules that also apply to records from
 * the API are {@link UsageChecks}'s.
 */
final class UsageCsv {

  static final List<String> COLUMNS = List.of(UsageCsvFormat.HEADER.split(","));

  /** A plain decimal, optionally signed (a sign is checked later, with its own message). */
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?|[-+]?\\.\\d+");

  /** ISO (2026-11-24) or as Microsoft's files write it (11/24/2026, optionally with 0:00). */
  private static final Pattern US_DATE =
      Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+0{1,2}:00(?::00)?)?");

  private UsageCsv() {}

  /** The records of the lines that could be read, each with its line number. */
  record Parsed(List<Numbered> records, List<UsageLineError> errors) {}

  record Numbered(int line, NewUsageRecord record) {}

  static Parsed read(InputStream in) throws IOException {
    List<CsvReader.Row> rows;
    try {
      rows = CsvReader.read(in, UsageCsvFormat.MAX_BYTES);
    } catch (CsvReader.UnreadableCsv unreadable) {
      return switch (unreadable.problem()) {
        case TOO_LARGE ->
            throw BusinessRuleViolation.onField(
                "file", "usage.csv.tooLarge", UsageCsvFormat.MAX_BYTES / 1024);
        case NOT_UTF8 -> throw BusinessRuleViolation.onField("file", "usage.csv.encoding");
        // the rest of the file cannot be split reliably: this one error is the report
        case MALFORMED ->
            new Parsed(
                List.of(), List.of(UsageLineError.of(unreadable.row(), "usage.csv.malformed")));
      };
    }
    if (rows.isEmpty()) {
      throw BusinessRuleViolation.onField("file", "usage.csv.empty");
    }
    List<UsageLineError> errors = new ArrayList<>();
    CsvReader.Row header = rows.get(0);
    if (!isHeader(header.fields())) {
      errors.add(UsageLineError.of(header.number(), "usage.csv.header", UsageCsvFormat.HEADER));
    }
    if (rows.size() == 1) {
      throw BusinessRuleViolation.onField("file", "usage.csv.empty");
    }
    List<Numbered> records = new ArrayList<>();
    for (CsvReader.Row row : rows.subList(1, rows.size())) {
      List<UsageLineError> lineErrors = new ArrayList<>();
      NewUsageRecord record = parse(row, lineErrors);
      errors.addAll(lineErrors);
      if (lineErrors.isEmpty()) {
        records.add(new Numbered(row.number(), record));
      }
    }
    return new Parsed(records, errors);
  }

  private static NewUsageRecord parse(CsvReader.Row row, List<UsageLineError> errors) {
    List<String> f = row.fields();
    int line = row.number();
    if (f.size() != COLUMNS.size()) {
      errors.add(UsageLineError.of(line, "usage.csv.columns", COLUMNS.size(), f.size()));
      return null;
    }
    UUID subscriptionId = guid(line, 0, f.get(0), errors);
    LocalDate usageDate = date(line, 1, f.get(1), errors);
    BigDecimal consumed = number(line, 9, f.get(9), errors);
    BigDecimal included =
        f.get(10).isEmpty() ? BigDecimal.ZERO : number(line, 10, f.get(10), errors);
    return new NewUsageRecord(
        subscriptionId,
        usageDate,
        f.get(2),
        f.get(3),
        f.get(4),
        f.get(5),
        f.get(6),
        f.get(7),
        f.get(8),
        consumed,
        included,
        f.get(11),
        f.get(12),
        f.get(13),
        f.get(14),
        f.get(15));
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

  private static UUID guid(int line, int column, String text, List<UsageLineError> errors) {
    if (text.isEmpty()) {
      errors.add(UsageLineError.of(line, "usage.field.required", COLUMNS.get(column)));
      return null;
    }
    try {
      // UUID.fromString accepts shortened groups ("1-2-3-4-5"); insist on the 36-character form
      if (text.length() == 36) {
        return UUID.fromString(text);
      }
    } catch (IllegalArgumentException notAGuid) {
      // reported below
    }
    errors.add(UsageLineError.of(line, "usage.field.guid", COLUMNS.get(column), text));
    return null;
  }

  private static LocalDate date(int line, int column, String text, List<UsageLineError> errors) {
    if (text.isEmpty()) {
      errors.add(UsageLineError.of(line, "usage.field.required", COLUMNS.get(column)));
      return null;
    }
    try {
      Matcher us = US_DATE.matcher(text);
      if (us.matches()) {
        return LocalDate.of(
            Integer.parseInt(us.group(3)),
            Integer.parseInt(us.group(1)),
            Integer.parseInt(us.group(2)));
      }
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeException notADate) {
      errors.add(UsageLineError.of(line, "usage.field.date", COLUMNS.get(column), text));
      return null;
    }
  }

  private static BigDecimal number(int line, int column, String text, List<UsageLineError> errors) {
    if (text.isEmpty()) {
      errors.add(UsageLineError.of(line, "usage.field.required", COLUMNS.get(column)));
      return null;
    }
    if (!NUMBER.matcher(text).matches()) {
      errors.add(UsageLineError.of(line, "usage.field.number", COLUMNS.get(column), text));
      return null;
    }
    return new BigDecimal(text);
  }
}
