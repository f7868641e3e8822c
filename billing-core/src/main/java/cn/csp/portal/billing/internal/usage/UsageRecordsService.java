package cn.csp.portal.billing.internal.usage;

import cn.csp.portal.billing.NewUsageRecord;
import cn.csp.portal.billing.UsageImportReport;
import cn.csp.portal.billing.UsageLineError;
import cn.csp.portal.billing.UsageRecords;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.subscription.BillableSubscription;
import cn.csp.portal.subscription.BillingType;
import cn.csp.portal.subscription.SubscriptionEvent;
import cn.csp.portal.subscription.SubscriptionHistory;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class UsageRecordsService implements UsageRecords {

  /** Usage dates are days in China, as every billing date. */
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final UsageRecordRepository records;
  private final UsageRecordsToBill toBill;
  private final SubscriptionHistory subscriptions;
  private final AuditLog auditLog;
  private final Clock clock;

  UsageRecordsService(
      UsageRecordRepository records,
      UsageRecordsToBill toBill,
      SubscriptionHistory subscriptions,
      AuditLog auditLog,
      Clock clock) {
    this.records = records;
    this.toBill = toBill;
    this.subscriptions = subscriptions;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public UsageImportReport importCsv(InputStream csv, Actor operator) throws IOException {
    requireOperator(operator);
    UsageCsv.Parsed parsed = UsageCsv.read(csv);
    List<UsageCsv.Numbered> numbered =
        parsed.records().stream()
            .map(n -> new UsageCsv.Numbered(n.line(), UsageChecks.normalised(n.record())))
            .toList();
    return importChecked(numbered, parsed.errors(), operator, "csv");
  }

  @Override
  public UsageImportReport record(List<NewUsageRecord> usage, Actor operator) {
    requireOperator(operator);
    if (usage == null || usage.isEmpty()) {
      throw BusinessRuleViolation.onField("records", "usage.records.empty");
    }
    List<UsageCsv.Numbered> numbered = new ArrayList<>();
    for (int i = 0; i < usage.size(); i++) {
      NewUsageRecord record = usage.get(i);
      numbered.add(
          new UsageCsv.Numbered(
              i + 1,
              UsageChecks.normalised(
                  record != null
                      ? record
                      : new NewUsageRecord(
                          null, null, null, null, null, null, null, null, null, null, null, null,
                          null, null, null, null))));
    }
    return importChecked(numbered, List.of(), operator, "api");
  }

  /**
   * Checks every reading (alone, against its subscription, against the others and against what is
   * stored) and saves them all, or none when any line is refused.
   */
  private UsageImportReport importChecked(
      List<UsageCsv.Numbered> usage,
      List<UsageLineError> earlierErrors,
      Actor operator,
      String source) {
    List<UsageLineError> errors = new ArrayList<>(earlierErrors);
    Map<UUID, Optional<BillableSubscription>> subscriptionsById = new HashMap<>();
    Map<UsageKey, Integer> firstLineOfKey = new HashMap<>();
    List<UsageCsv.Numbered> valid = new ArrayList<>();
    LocalDate today = LocalDate.ofInstant(clock.instant(), CHINA);
    for (UsageCsv.Numbered n : usage) {
      List<UsageLineError> lineErrors = new ArrayList<>(UsageChecks.check(n.line(), n.record()));
      NewUsageRecord r = n.record();
      if (r.subscriptionId() != null) {
        Optional<BillableSubscription> subscription =
            subscriptionsById.computeIfAbsent(r.subscriptionId(), subscriptions::findBillable);
        lineErrors.addAll(subscriptionErrors(n.line(), r, subscription, today));
      }
      if (r.subscriptionId() != null && r.usageDate() != null) {
        Integer firstLine = firstLineOfKey.putIfAbsent(UsageKey.of(r), n.line());
        if (firstLine != null) {
          lineErrors.add(UsageLineError.of(n.line(), "usage.duplicate.inFile", firstLine));
        }
      }
      if (lineErrors.isEmpty()) {
        valid.add(n);
      }
      errors.addAll(lineErrors);
    }
    errors.addAll(alreadyImported(valid));
    if (!errors.isEmpty()) {
      return UsageImportReport.refused(
          errors.stream().sorted(Comparator.comparingInt(UsageLineError::line)).toList());
    }
    return save(valid, subscriptionsById, operator, source);
  }

  private static List<UsageLineError> subscriptionErrors(
      int line, NewUsageRecord r, Optional<BillableSubscription> found, LocalDate today) {
    if (found.isEmpty()) {
      return List.of(UsageLineError.of(line, "usage.subscription.unknown", r.subscriptionId()));
    }
    BillableSubscription subscription = found.get();
    if (subscription.billingType() != BillingType.USAGE) {
      return List.of(
          UsageLineError.of(
              line,
              "usage.subscription.notUsage",
              r.subscriptionId().toString(),
              subscription.offerName()));
    }
    List<UsageLineError> errors = new ArrayList<>();
    if (r.usageDate() != null) {
      Optional<LocalDate> start =
          subscription.events().stream().map(SubscriptionEvent::effectiveDate).findFirst();
      if (start.isPresent() && r.usageDate().isBefore(start.get())) {
        errors.add(
            UsageLineError.of(
                line, "usage.date.beforeStart", r.usageDate().toString(), start.get().toString()));
      }
      if (r.usageDate().isAfter(today)) {
        errors.add(UsageLineError.of(line, "usage.date.future", r.usageDate().toString()));
      }
    }
    return errors;
  }

  /** Lines whose key is already stored, from an earlier import. */
  private List<UsageLineError> alreadyImported(List<UsageCsv.Numbered> usage) {
    if (usage.isEmpty()) {
      return List.of();
    }
    Set<UUID> subscriptionIds = new HashSet<>();
    LocalDate from = LocalDate.MAX;
    LocalDate to = LocalDate.MIN;
    for (UsageCsv.Numbered n : usage) {
      subscriptionIds.add(n.record().subscriptionId());
      from = n.record().usageDate().isBefore(from) ? n.record().usageDate() : from;
      to = n.record().usageDate().isAfter(to) ? n.record().usageDate() : to;
    }
    Set<UsageKey> stored =
        records.findBySubscriptionIdInAndUsageDateBetween(subscriptionIds, from, to).stream()
            .map(UsageRecordEntity::key)
            .collect(Collectors.toSet());
    return usage.stream()
        .filter(n -> stored.contains(UsageKey.of(n.record())))
        .map(n -> UsageLineError.of(n.line(), "usage.duplicate.imported"))
        .toList();
  }

  private UsageImportReport save(
      List<UsageCsv.Numbered> usage,
      Map<UUID, Optional<BillableSubscription>> subscriptionsById,
      Actor operator,
      String source) {
    UUID batchId = UUID.randomUUID();
    Instant now = clock.instant();
    List<UsageRecordEntity> entities = new ArrayList<>();
    Map<UUID, Integer> perPartner = new TreeMap<>();
    for (UsageCsv.Numbered n : usage) {
      BillableSubscription subscription =
          subscriptionsById.get(n.record().subscriptionId()).orElseThrow();
      entities.add(
          UsageRecordEntity.imported(
              n.record(), subscription.partnerId(), subscription.customerId(), batchId, now));
      perPartner.merge(subscription.partnerId(), 1, Integer::sum);
    }
    try {
      records.saveAllAndFlush(entities);
    } catch (DataIntegrityViolationException concurrentDuplicate) {
      // another import stored one of these keys after our check: refuse all, as for a duplicate
      throw new BusinessRuleViolation("usage.duplicate.concurrent");
    }
    toBill.awaitBilling(batchId);
    // one entry per partner, so each partner's audit log shows the usage recorded for it
    perPartner.forEach(
        (partnerId, count) ->
            auditLog.record(
                AuditEntry.of(operator, "billing.usage.imported")
                    .partner(partnerId)
                    .target("usage-import", batchId)
                    .detail("records", count)
                    .detail("source", source)
                    .build()));
    return UsageImportReport.accepted(batchId, entities.size());
  }

  /** Usage is reported by 21Vianet's platform: its operators (and system jobs) record it. */
  private static void requireOperator(Actor actor) {
    if (actor.type() != ActorType.OPERATOR && actor.type() != ActorType.SYSTEM) {
      throw new BusinessRuleViolation("usage.operatorsOnly");
    }
  }
}
