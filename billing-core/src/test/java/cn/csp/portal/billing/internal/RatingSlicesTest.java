package cn.csp.portal.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A large list rated in slices on several threads comes back whole and in order. */
class RatingSlicesTest {

  private RatingSlices slices;

  @AfterEach
  void shutDown() {
    if (slices != null) {
      slices.destroy();
    }
  }

  @Test
  void aLargeListIsMappedOnSeveralThreadsInItsOrder() {
    slices = new RatingSlices(100, 3);
    List<Integer> items = IntStream.range(0, 1_001).boxed().toList();
    Set<String> threads = ConcurrentHashMap.newKeySet();

    List<String> mapped =
        slices.map(
            items,
            i -> {
              threads.add(Thread.currentThread().getName());
              return "#" + i;
            });

    assertThat(mapped).containsExactlyElementsOf(items.stream().map(i -> "#" + i).toList());
    assertThat(threads)
        .hasSize(3)
        .contains(Thread.currentThread().getName(), "billing-rating-1", "billing-rating-2");
  }

  @Test
  void aListShorterThanTwoSlicesStaysOnTheCallingThread() {
    slices = new RatingSlices(100, 4);
    Set<String> threads = ConcurrentHashMap.newKeySet();

    List<Integer> mapped =
        slices.map(
            IntStream.range(0, 199).boxed().toList(),
            i -> {
              threads.add(Thread.currentThread().getName());
              return i * 2;
            });

    assertThat(mapped).hasSize(199).startsWith(0, 2, 4).endsWith(396);
    assertThat(threads).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void aSliceThatFailsFailsTheWholeMap() {
    slices = new RatingSlices(10, 2);
    List<Integer> items = IntStream.range(0, 100).boxed().toList();

    assertThatThrownBy(
            () ->
                slices.map(
                    items,
                    i -> {
                      if (i == 97) { // in the helper's slice
                        throw new IllegalStateException("no price for " + i);
                      }
                      return i;
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no price for 97");
  }

  @Test
  void oneThreadMeansNoHelpers() {
    slices = new RatingSlices(1, 1);
    Set<String> threads = ConcurrentHashMap.newKeySet();

    slices.map(List.of(1, 2, 3), i -> threads.add(Thread.currentThread().getName()));

    assertThat(threads).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void settingsOutOfRangeAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RatingSlices(0, 2))
        .withMessageContaining("min-slice");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RatingSlices(10, -1))
        .withMessageContaining("threads");
  }
}
