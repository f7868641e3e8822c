package cn.csp.portal.billing;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of a usage import, which is all or nothing: either every record was accepted (and
 * {@code errors} is empty) or none was, and {@code errors} lists every refused line.
 *
 * @param batchId the import's id, on each accepted record; null when nothing was imported
 * @param accepted how many records were imported
 * @param errors every refusal, by line
 */
public record UsageImportReport(UUID batchId, int accepted, List<UsageLineError> errors) {

  public UsageImportReport {
    errors = List.copyOf(errors);
  }

  public static UsageImportReport accepted(UUID batchId, int accepted) {
    return new UsageImportReport(batchId, accepted, List.of());
  }

  public static UsageImportReport refused(List<UsageLineError> errors) {
    return new UsageImportReport(null, 0, errors);
  }

  public boolean successful() {
    return errors.isEmpty();
  }
}
