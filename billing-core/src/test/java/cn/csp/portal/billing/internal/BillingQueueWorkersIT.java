package cn.csp.portal.billing.internal;

import static cn.csp.portal.billing.BillingTestData.E3;
import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.billing.BillingRun;
import cn.csp.portal.billing.BillingRunStatus;
import cn.csp.portal.billing.BillingTestData;
import cn.csp.portal.billing.BillingTestData.TestPartner;
import cn.csp.portal.testsupport.IntegrationTest;
import cn.csp.portal.testsupport.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The node's own workers drain the queue, and stop cleanly. The context closes after the class, so
 * its workers take no other test's queued runs.
 */
@IntegrationTest(
    properties = {
      "portal.billing.queue.workers=2",
      "portal.billing.queue.poll-interval=PT0.2S",
      "portal.node-name=queue-it-node"
    })
@Import({TestClock.Configuration.class, BillingTestData.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BillingQueueWorkersIT {

  private static final int YEAR = 2132;
  private static final LocalDate INVOICE_DATE = LocalDate.of(YEAR, 4, 15);

  @Autowired BillingWorkQueue queue;
  @Autowired BillingQueueWorkers workers;
  @Autowired BillingRunStore runs;
  @Autowired BillingTestData data;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void theWorkersBillEveryQueuedRunAndTheQueueDrains() throws InterruptedException {
    data.prices(YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 12));
    List<WorkItem> items = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      TestPartner partner = data.partner("Worker Billed " + i, 15);
      UUID customer = data.customer(partner, "Worker Customer").customerId();
      data.buy(partner, customer, LocalDate.of(YEAR, 3, 2), E3, 3);
      items.add(new WorkItem(partner.id(), INVOICE_DATE));
    }
    clock.setToNoonOn(INVOICE_DATE);

    queue.enqueue(items, "test", clock.instant());

    waitUntil(() -> queue.countQueued(items) == 0);
    for (WorkItem item : items) {
      BillingRun run = runs.find(item.partnerId(), INVOICE_DATE).orElseThrow();
      assertThat(run.status()).isEqualTo(BillingRunStatus.COMPLETED);
      assertThat(run.node()).isEqualTo("queue-it-node");
      assertThat(run.invoiceId()).isNotNull();
      assertThat(
              jdbc.sql("select count(*) from invoice where partner_id = :p")
                  .param("p", item.partnerId())
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
    }
  }

  @Test
  void theWorkersStopWhenTheNodeStops() {
    assertThat(workers.isRunning()).isTrue();
    assertThat(workerThreads()).hasSize(2);

    workers.stop();

    assertThat(workers.isRunning()).isFalse();
    assertThat(workerThreads()).isEmpty();
    workers.start();
    assertThat(workerThreads()).hasSize(2);
  }

  private static List<Thread> workerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("billing-worker-") && t.isAlive())
        .toList();
  }

  /** Generous: the workers poll every 0.2 s; this only keeps a broken build from hanging. */
  private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
    Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waiting for the workers").isBefore(giveUp);
      Thread.sleep(100);
    }
  }
}
