package cn.csp.portal.billing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rates a large partner's subscriptions on several cores. A run bills each partner on one worker
 * thread, and Bench Large's quarter of a million subscriptions kept one core busy for seconds of
 * pure arithmetic while the other cores idled (docs/performance.md). A list of at least two {@code
 * portal.billing.rating.min-slice} items (default 10,000) is cut into up to {@code
 * portal.billing.rating.threads} slices (default: the node's cores); the calling thread rates the
 * first, helper threads the others, and the results come back in the list's order. Shorter lists,
 * every small partner's, stay on the calling thread.
 *
 * <p>Only for pure work: a slice runs outside the caller's transaction and must not touch the
 * database.
 */
@Component
class RatingSlices implements DisposableBean {

  private final int minSlice;
  private final int slices;
  private final ExecutorService helpers;

  RatingSlices(
      @Value("${portal.billing.rating.min-slice:10000}") int minSlice,
      @Value("${portal.billing.rating.threads:0}") int threads) {
    if (minSlice < 1) {
      throw new IllegalArgumentException("portal.billing.rating.min-slice must be 1 or more");
    }
    if (threads < 0) {
      throw new IllegalArgumentException("portal.billing.rating.threads must be 0 or more");
    }
    this.minSlice = minSlice;
    this.slices = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    this.helpers = slices > 1 ? Executors.newFixedThreadPool(slices - 1, helperThreads()) : null;
  }

  /** {@code each} of the items, in their order. */
  <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> each) {
    int count = Math.min(slices, items.size() / minSlice);
    if (count < 2) {
      return mapAll(items, each);
    }
    int size = (items.size() + count - 1) / count;
    List<CompletableFuture<List<R>>> others = new ArrayList<>(count - 1);
    for (int from = size; from < items.size(); from += size) {
      List<T> slice = items.subList(from, Math.min(from + size, items.size()));
      others.add(CompletableFuture.supplyAsync(() -> mapAll(slice, each), helpers));
    }
    List<R> results = new ArrayList<>(items.size());
    results.addAll(mapAll(items.subList(0, size), each));
    for (CompletableFuture<List<R>> other : others) {
      results.addAll(joined(other));
    }
    return results;
  }

  private static <T, R> List<R> mapAll(List<T> items, Function<? super T, ? extends R> each) {
    List<R> results = new ArrayList<>(items.size());
    for (T item : items) {
      results.add(each.apply(item));
    }
    return results;
  }

  /** A slice's results, or its failure as the caller's own. */
  private static <R> List<R> joined(CompletableFuture<List<R>> slice) {
    try {
      return slice.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private static ThreadFactory helperThreads() {
    AtomicInteger number = new AtomicInteger();
    return work -> {
      Thread thread = new Thread(work, "billing-rating-" + number.incrementAndGet());
      thread.setDaemon(true); // never holds up a shutdown: it only ever computes
      return thread;
    };
  }

  @Override
  public void destroy() {
    if (helpers != null) {
      helpers.shutdownNow();
    }
  }
}
