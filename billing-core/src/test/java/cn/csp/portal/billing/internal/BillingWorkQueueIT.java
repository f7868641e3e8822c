package cn.csp.portal.billing.internal;

import static cn.csp.portal.billing.BillingTestData.E3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.csp.portal.billing.BillingRun;
import cn.csp.portal.billing.BillingRunStatus;
import cn.csp.portal.billing.BillingTestData;
import cn.csp.portal.billing.BillingTestData.TestPartner;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The billing work queue as the nodes use it, driven here by the test's own threads (this context
 * has no workers): concurrent drainers bill every partner exactly once, a claim whose transaction
 * dies leaves its item to the next drainer, and a failed partner is recorded and not retried.
 */
@IntegrationTest
@Import({
  TestClock.Configuration.class,
  BillingTestData.class,
  BillingWorkQueueIT.Crashes.Configuration.class
})
class BillingWorkQueueIT {

  // a year no other test bills in; the items are queued directly, so no other partner is billed
  private static final int YEAR = 2131;
  private static final LocalDate ORDER_DAY = LocalDate.of(YEAR, 3, 2);
  private static final LocalDate INVOICE_DATE = LocalDate.of(YEAR, 4, 15);

  @Autowired BillingWorkQueue queue;
  @Autowired BillingQueueDrainer drainer;
  @Autowired BillingRunStore runs;
  @Autowired BillingTestData data;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired Crashes crashes;
  @Autowired TransactionTemplate transactions;

  @AfterEach
  void noMoreCrashes() {
    crashes.reset();
  }

  @Test
  void twoConcurrentDrainersBillEveryPartnerExactlyOnce() throws Exception {
    List<WorkItem> items = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      items.add(new WorkItem(billablePartner("Shared Queue " + i).id(), INVOICE_DATE));
    }
    assertThat(queue.enqueue(items, "test", clock.instant()).added()).isEqualTo(16);

    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> drained = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        drained.add(
            threads.submit(
                () -> {
                  start.await();
                  int billed = 0;
                  while (drainer.billNext()) {
                    billed++;
                  }
                  return billed;
                }));
      }
      assertThat(drained.get(0).get() + drained.get(1).get()).isEqualTo(16);
    } finally {
      threads.shutdownNow();
    }

    assertThat(queue.countQueued(items)).isZero();
    for (WorkItem item : items) {
      BillingRun run = runs.find(item.partnerId(), INVOICE_DATE).orElseThrow();
      assertThat(run.status()).isEqualTo(BillingRunStatus.COMPLETED);
      assertThat(run.attempts()).isEqualTo(1);
      assertThat(run.triggeredBy()).isEqualTo("test");
      assertThat(run.node()).isNotBlank();
      assertThat(invoiceCount(item.partnerId())).isEqualTo(1);
    }
  }

  @Test
  void idleWorkersWokenAfterQueueingBillAtOnceRatherThanAtTheirNextPoll() throws Exception {
    BillingQueueWorkers workers = new BillingQueueWorkers(drainer, 1, Duration.ofMinutes(10));
    workers.start();
    try {
      Thread.sleep(300); // the worker found the queue empty and waits for its next poll
      WorkItem item = new WorkItem(billablePartner("Woken Worker").id(), INVOICE_DATE);
      queue.enqueue(List.of(item), "test", clock.instant());

      workers.wakeUp();

      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (queue.countQueued(List.of(item)) > 0 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(queue.countQueued(List.of(item))).isZero();
      assertThat(invoiceCount(item.partnerId())).isEqualTo(1);
    } finally {
      workers.stop();
    }
    assertThat(workers.isRunning()).isFalse();
  }

  @Test
  void theLargestRunsQueuedTogetherAreClaimedFirst() {
    TestPartner small = billablePartner("Queue Small");
    TestPartner large = billablePartner("Queue Large");
    UUID customer = data.customer(large, "Queue Large Customer").customerId();
    data.buy(large, customer, ORDER_DAY, E3, 3);
    TestPartner medium = billablePartner("Queue Medium");
    data.buy(medium, data.customer(medium, "Queue Medium Customer").customerId(), ORDER_DAY, E3, 2);
    data.buy(large, customer, ORDER_DAY, E3, 4);
    List<WorkItem> items =
        List.of(
            new WorkItem(small.id(), INVOICE_DATE),
            new WorkItem(medium.id(), INVOICE_DATE),
            new WorkItem(large.id(), INVOICE_DATE));
    queue.enqueue(items, "test", clock.instant());

    List<UUID> claimed = new ArrayList<>();
    while (claimed.size() < items.size()) {
      claimed.add(
          transactions.execute(
              status -> {
                BillingWorkQueue.Claim claim = queue.claimNext().orElseThrow();
                queue.remove(claim.item());
                return claim.item().partnerId();
              }));
    }

    assertThat(claimed).containsExactly(large.id(), medium.id(), small.id());
  }

  @Test
  void aClaimWhoseConnectionDiesAfterTheBillCommittedIsFinishedByTheNextDrainer() {
    TestPartner partner = billablePartner("Lost Claim");
    WorkItem item = new WorkItem(partner.id(), INVOICE_DATE);
    queue.enqueue(List.of(item), "test", clock.instant());
    crashes.closeClaimConnectionFor(partner.id());

    // the bill commits, then the claim's transaction cannot delete the item: it is gone with its
    // connection, as when a node dies between the two
    assertThatThrownBy(drainer::billNext).isInstanceOf(RuntimeException.class);
    assertThat(queue.countQueued(List.of(item))).isEqualTo(1);
    assertThat(runs.find(partner.id(), INVOICE_DATE).orElseThrow().status())
        .isEqualTo(BillingRunStatus.COMPLETED);

    crashes.reset();
    assertThat(drainer.billNext()).isTrue();

    assertThat(queue.countQueued(List.of(item))).isZero();
    BillingRun run = runs.find(partner.id(), INVOICE_DATE).orElseThrow();
    assertThat(run.attempts()).isEqualTo(1);
    assertThat(invoiceCount(partner.id())).isEqualTo(1);
  }

  @Test
  void aDrainerThatDiesMidBillLeavesTheItemToTheNextOne() {
    TestPartner partner = billablePartner("Dying Drainer");
    WorkItem item = new WorkItem(partner.id(), INVOICE_DATE);
    queue.enqueue(List.of(item), "test", clock.instant());
    crashes.dieFor(partner.id());

    // both transactions roll back: no invoice, the item is free again
    assertThatThrownBy(drainer::billNext).isInstanceOf(Crashes.NodeDeath.class);
    assertThat(queue.countQueued(List.of(item))).isEqualTo(1);
    assertThat(invoiceCount(partner.id())).isZero();
    assertThat(runs.find(partner.id(), INVOICE_DATE).orElseThrow().status())
        .isEqualTo(BillingRunStatus.RUNNING);

    crashes.reset();
    assertThat(drainer.billNext()).isTrue();

    assertThat(queue.countQueued(List.of(item))).isZero();
    BillingRun run = runs.find(partner.id(), INVOICE_DATE).orElseThrow();
    assertThat(run.status()).isEqualTo(BillingRunStatus.COMPLETED);
    assertThat(run.attempts()).isEqualTo(2);
    assertThat(invoiceCount(partner.id())).isEqualTo(1);
  }

  @Test
  void aFailedPartnerIsRecordedAndItsItemRemovedWithoutRetries() {
    TestPartner failing = billablePartner("Failing Queued");
    TestPartner fine = billablePartner("Fine Queued");
    List<WorkItem> items =
        List.of(new WorkItem(failing.id(), INVOICE_DATE), new WorkItem(fine.id(), INVOICE_DATE));
    queue.enqueue(items, "test", clock.instant());
    crashes.failFor(failing.id());

    while (drainer.billNext()) {
      // drain
    }

    assertThat(queue.countQueued(items)).isZero();
    assertThat(drainer.billNext()).isFalse();
    BillingRun failed = runs.find(failing.id(), INVOICE_DATE).orElseThrow();
    assertThat(failed.status()).isEqualTo(BillingRunStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.error()).contains("Simulated failure");
    assertThat(invoiceCount(failing.id())).isZero();
    assertThat(runs.find(fine.id(), INVOICE_DATE).orElseThrow().status())
        .isEqualTo(BillingRunStatus.COMPLETED);

    // queuing the date again (the next due run) tries it once more
    crashes.reset();
    assertThat(queue.enqueue(items, "test", clock.instant()).due())
        .containsExactly(new WorkItem(failing.id(), INVOICE_DATE));
    assertThat(drainer.billNext()).isTrue();
    assertThat(runs.find(failing.id(), INVOICE_DATE).orElseThrow().status())
        .isEqualTo(BillingRunStatus.COMPLETED);
  }

  @Test
  void queuingAgainAddsNothingTwiceAndSkipsCompletedDates() {
    TestPartner partner = billablePartner("Queued Twice");
    List<WorkItem> items = List.of(new WorkItem(partner.id(), INVOICE_DATE));

    assertThat(queue.enqueue(items, "test", clock.instant()).added()).isEqualTo(1);
    BillingWorkQueue.Enqueued again = queue.enqueue(items, "test", clock.instant());
    assertThat(again.added()).isZero();
    assertThat(again.due()).isEqualTo(items);
    assertThat(queue.countQueued(items)).isEqualTo(1);

    assertThat(drainer.billNext()).isTrue();
    BillingWorkQueue.Enqueued afterBilling = queue.enqueue(items, "test", clock.instant());
    assertThat(afterBilling.due()).isEmpty();
    assertThat(queue.countQueued(items)).isZero();
  }

  /** A partner with one customer who bought 10 E3 licenses in March; the clock on the date. */
  private TestPartner billablePartner(String name) {
    data.prices(YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 12));
    TestPartner partner = data.partner(name, 15);
    UUID customer = data.customer(partner, "Queue Customer").customerId();
    data.buy(partner, customer, ORDER_DAY, E3, 10);
    clock.setToNoonOn(INVOICE_DATE);
    return partner;
  }

  private long invoiceCount(UUID partnerId) {
    return jdbc.sql("select count(*) from invoice where partner_id = :p")
        .param("p", partnerId)
        .query(Long.class)
        .single();
  }

  /** Breaks a partner's bill after its lines were written, in one of three ways. */
  static class Crashes implements BillingRunHook {

    /** Stands for the death of the node: nothing of the drainer survives to record anything. */
    static class NodeDeath extends Error {
      NodeDeath() {
        super("Simulated node death");
      }
    }

    private final JdbcClient jdbc;
    private final Set<UUID> fail = ConcurrentHashMap.newKeySet();
    private final Set<UUID> die = ConcurrentHashMap.newKeySet();
    private final Set<UUID> closeClaim = ConcurrentHashMap.newKeySet();

    Crashes(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    void failFor(UUID partnerId) {
      fail.add(partnerId);
    }

    void dieFor(UUID partnerId) {
      die.add(partnerId);
    }

    void closeClaimConnectionFor(UUID partnerId) {
      closeClaim.add(partnerId);
    }

    void reset() {
      fail.clear();
      die.clear();
      closeClaim.clear();
    }

    @Override
    public void afterLinesWritten(UUID partnerId, LocalDate invoiceDate, String invoiceId) {
      if (fail.contains(partnerId)) {
        throw new IllegalStateException("Simulated failure after writing " + invoiceId);
      }
      if (die.contains(partnerId)) {
        throw new NodeDeath();
      }
      if (closeClaim.contains(partnerId)) {
        // the one claim open in this JVM (no workers here): the drainer's own transaction, waiting
        // while this bill runs in a transaction of its own
        Integer terminated =
            jdbc.sql(
                    """
                    select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
                     where datname = current_database() and pid <> pg_backend_pid()
                       and state = 'idle in transaction' and query ilike '%for update skip locked%'
                    """)
                .query(Integer.class)
                .single();
        assertThat(terminated).isEqualTo(1);
      }
    }

    @TestConfiguration
    static class Configuration {
      @Bean
      Crashes billingCrashes(JdbcClient jdbc) {
        return new Crashes(jdbc);
      }
    }
  }
}
