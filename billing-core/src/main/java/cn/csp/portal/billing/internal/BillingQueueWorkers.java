package cn.csp.portal.billing.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The billing workers of this node: {@code portal.billing.queue.workers} threads (default 4, 0 for
 * none; more than the cores, as a small partner's run mostly waits for the database) that bill
 * queued runs one after the other and look again every {@code portal.billing.queue.poll-interval}
 * (default 5 s) while the queue is empty, or as soon as runs are queued on this node. At shutdown
 * each finishes the partner it is billing and stops before the connection pool closes.
 */
@Component
class BillingQueueWorkers implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(BillingQueueWorkers.class);

  /** How long shutdown waits for a worker to finish its partner before interrupting it. */
  private static final Duration FINISH_TIMEOUT = Duration.ofSeconds(30);

  private final BillingQueueDrainer drainer;
  private final int workerCount;
  private final Duration pollInterval;
  private final List<Thread> threads = new ArrayList<>();
  private volatile CountDownLatch stopSignal;
  private final Object wake = new Object();
  private boolean woken; // guarded by wake

  BillingQueueWorkers(
      BillingQueueDrainer drainer,
      @Value("${portal.billing.queue.workers:4}") int workerCount,
      @Value("${portal.billing.queue.poll-interval:PT5S}") Duration pollInterval) {
    if (workerCount < 0) {
      throw new IllegalArgumentException("portal.billing.queue.workers must be 0 or more");
    }
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("portal.billing.queue.poll-interval must be positive");
    }
    this.drainer = drainer;
    this.workerCount = workerCount;
    this.pollInterval = pollInterval;
  }

  @Override
  public synchronized void start() {
    if (isRunning() || workerCount == 0) {
      return;
    }
    CountDownLatch signal = new CountDownLatch(1);
    stopSignal = signal;
    for (int i = 1; i <= workerCount; i++) {
      Thread thread = new Thread(() -> work(signal), "billing-worker-" + i);
      threads.add(thread);
      thread.start();
    }
    log.info("{} billing workers polling every {}", workerCount, pollInterval);
  }

  @Override
  public synchronized void stop() {
    CountDownLatch signal = stopSignal;
    if (signal == null) {
      return;
    }
    signal.countDown();
    wakeUp();
    for (Thread thread : threads) {
      try {
        thread.join(FINISH_TIMEOUT.toMillis());
        if (thread.isAlive()) {
          thread.interrupt();
          thread.join(FINISH_TIMEOUT.toMillis());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    threads.clear();
    stopSignal = null;
  }

  @Override
  public boolean isRunning() {
    return stopSignal != null;
  }

  private void work(CountDownLatch signal) {
    while (signal.getCount() > 0) {
      boolean billed;
      try {
        billed = drainer.billNext();
      } catch (RuntimeException e) {
        // the database may be away for a moment; the item (if any) went back to the queue
        log.warn("Billing worker could not take a queued run", e);
        billed = false;
      }
      if (!billed && waitForStop(signal)) {
        return;
      }
    }
  }

  /**
   * Ends the workers' wait now: runs were just queued (and committed) on this node. Other nodes
   * find them at their next poll.
   */
  void wakeUp() {
    synchronized (wake) {
      woken = true;
      wake.notifyAll();
    }
  }

  /** Sleeps one poll interval or until woken; true when the node stops meanwhile. */
  private boolean waitForStop(CountDownLatch signal) {
    try {
      synchronized (wake) {
        if (!woken && signal.getCount() > 0) {
          wake.wait(pollInterval.toMillis());
        }
        woken = false;
      }
      return signal.getCount() == 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }
}
