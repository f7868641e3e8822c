package cn.csp.portal.billing;

import cn.csp.portal.kernel.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Usage records of usage-based subscriptions (e.g. Azure), which the monthly billing run bills in
 * arrears. Only 21Vianet's operators and system jobs record usage: the platform reports it, no
 * partner does. Imports are all or nothing: one bad line and nothing is saved, and the report names
 * every bad line.
 */
public interface UsageRecords {

  /**
   * Imports a CSV file: UTF-8 (optionally with a byte order mark), RFC 4180, the header {@value
   * UsageCsvFormat#HEADER}, one reading per line.
   *
   * @throws cn.csp.portal.kernel.BusinessRuleViolation on field {@code file} when the file cannot
   *     be read at all (too large, not UTF-8) or holds no usage line
   */
  UsageImportReport importCsv(InputStream csv, Actor operator) throws IOException;

  /**
   * Imports readings given one by one (the API), with the same checks as {@link #importCsv}; the
   * report's line numbers are the records' positions, from 1.
   */
  UsageImportReport record(List<NewUsageRecord> records, Actor operator);
}
