package cn.csp.portal.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.kernel.AuditLog.RecordedAuditEntry;
import cn.csp.portal.testsupport.IntegrationTest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link AuditLog#search}: each filter, their combination, paging and the tenant boundary. */
@IntegrationTest
class AuditLogSearchIT {

  @Autowired AuditLog auditLog;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;

  // fresh names and partners per test: the database is shared with every other test
  private final Actor alice = Actor.partnerUser(UUID.randomUUID(), "Alice." + UUID.randomUUID());
  private final Actor operator =
      Actor.operator(UUID.randomUUID(), "op.wang." + UUID.randomUUID() + "@21vianet.cn");
  private final UUID partner = UUID.randomUUID();
  private final UUID otherPartner = UUID.randomUUID();
  private final LocalDate today = LocalDate.now(AuditQuery.ZONE);

  @BeforeEach
  void entries() {
    record(alice, partner, "partner.user.created");
    record(alice, partner, "partner.profile.updated");
    record(operator, partner, "partner.suspended");
    record(operator, otherPartner, "partner.suspended");
  }

  private void record(Actor actor, UUID partnerId, String action) {
    transaction.executeWithoutResult(
        status ->
            auditLog.record(
                AuditEntry.of(actor, action)
                    .partner(partnerId)
                    .target("partner", partnerId)
                    .detail("b", "2")
                    .detail("a", "1")
                    .reason("why")
                    .build()));
  }

  private List<String> actions(AuditQuery query) {
    return auditLog.search(query, PageRequest.of(0, 50)).map(e -> e.entry().action()).toList();
  }

  @Test
  void aPartnersQueryFindsOnlyThatPartnersEntriesNewestFirst() {
    assertThat(actions(AuditQuery.forPartner(partner)))
        .containsExactly("partner.suspended", "partner.profile.updated", "partner.user.created");
  }

  @Test
  void filtersByActionPrefix() {
    assertThat(actions(new AuditQuery(partner, "partner.user", null, null, null)))
        .containsExactly("partner.user.created");
    assertThat(actions(new AuditQuery(partner, "partner.", null, null, null))).hasSize(3);
    assertThat(actions(new AuditQuery(partner, "user", null, null, null))).isEmpty();
  }

  @Test
  void filtersByPartOfTheActorNameInAnyCase() {
    assertThat(actions(new AuditQuery(partner, null, "alice.", null, null)))
        .containsExactly("partner.profile.updated", "partner.user.created");
    assertThat(actions(new AuditQuery(partner, null, "WANG", null, null)))
        .containsExactly("partner.suspended");
  }

  @Test
  void wildcardsInTheFiltersMatchLiterally() {
    assertThat(actions(new AuditQuery(partner, "%", null, null, null))).isEmpty();
    assertThat(actions(new AuditQuery(partner, "partner_user", null, null, null))).isEmpty();
    assertThat(actions(new AuditQuery(partner, null, "_", null, null))).isEmpty();
  }

  @Test
  void filtersByDaysInChina() {
    assertThat(actions(new AuditQuery(partner, null, null, today, today))).hasSize(3);
    assertThat(actions(new AuditQuery(partner, null, null, today.plusDays(1), null))).isEmpty();
    assertThat(actions(new AuditQuery(partner, null, null, null, today.minusDays(1)))).isEmpty();
  }

  @Test
  void theDateRangeIncludesBothDaysFromMidnightInShanghai() {
    UUID archived = UUID.randomUUID();
    insertAt(archived, "2026-02-28T23:59:59+08:00", "early");
    insertAt(archived, "2026-03-01T00:00:00+08:00", "midnight");
    insertAt(archived, "2026-03-31T23:59:59+08:00", "late");
    insertAt(archived, "2026-04-01T00:00:00+08:00", "after");

    LocalDate march1 = LocalDate.of(2026, 3, 1);
    LocalDate march31 = LocalDate.of(2026, 3, 31);
    assertThat(actions(new AuditQuery(archived, null, null, march1, march31)))
        .containsExactly("late", "midnight");
    assertThat(actions(new AuditQuery(archived, null, null, null, march1.minusDays(1))))
        .containsExactly("early");
  }

  private void insertAt(UUID partnerId, String time, String action) {
    jdbc.sql(
            """
            insert into audit_log (occurred_at, actor_type, actor_name, partner_id, action)
            values (:at, 'SYSTEM', 'archive', :partnerId, :action)
            """)
        .param("at", Timestamp.from(OffsetDateTime.parse(time).toInstant()))
        .param("partnerId", partnerId)
        .param("action", action)
        .update();
  }

  @Test
  void combinesFilters() {
    assertThat(actions(new AuditQuery(partner, "partner.", "alice", today, today)))
        .containsExactly("partner.profile.updated", "partner.user.created");
  }

  @Test
  void withoutAPartnerItSearchesEveryPartner() {
    Page<RecordedAuditEntry> suspensions =
        auditLog.search(
            new AuditQuery(null, "partner.suspended", operator.name(), today, today),
            PageRequest.of(0, 50));
    assertThat(suspensions.map(e -> e.entry().partnerId()))
        .contains(partner, otherPartner)
        .doesNotContainNull();
  }

  @Test
  void pagesKeepTheOrderAndCountEverything() {
    Page<RecordedAuditEntry> first = auditLog.search(AuditQuery.forPartner(partner), page(0));
    Page<RecordedAuditEntry> second = auditLog.search(AuditQuery.forPartner(partner), page(1));

    assertThat(first.getTotalElements()).isEqualTo(3);
    assertThat(first.getTotalPages()).isEqualTo(2);
    assertThat(first.map(e -> e.entry().action()))
        .containsExactly("partner.suspended", "partner.profile.updated");
    assertThat(second.map(e -> e.entry().action())).containsExactly("partner.user.created");
    assertThat(first.getContent().get(0).id()).isGreaterThan(second.getContent().get(0).id());
  }

  private static PageRequest page(int number) {
    return PageRequest.of(number, 2);
  }

  @Test
  void entriesComeBackAsRecorded() {
    RecordedAuditEntry newest =
        auditLog.search(AuditQuery.forPartner(partner), PageRequest.of(0, 1)).getContent().get(0);

    assertThat(newest.entry().actor()).isEqualTo(operator);
    assertThat(newest.entry().targetType()).isEqualTo("partner");
    assertThat(newest.entry().details()).containsEntry("a", "1").containsEntry("b", "2");
    assertThat(newest.entry().reason()).isEqualTo("why");
    assertThat(auditLog.recentForPartner(partner, 1)).containsExactly(newest);
  }

  @Test
  void blankFiltersAreNoFilters() {
    assertThat(actions(new AuditQuery(partner, " ", "", null, null))).hasSize(3);
  }

  @Test
  void aRangeThatEndsBeforeItStartsIsRefusedOnItsEnd() {
    assertThatThrownBy(() -> new AuditQuery(partner, null, null, today, today.minusDays(1)))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            refused -> {
              assertThat(refused.messageKey()).isEqualTo("audit.filter.endsBeforeStart");
              assertThat(refused.field()).isEqualTo("to");
            });
  }
}
