package cn.csp.portal.perf;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Random streams derived from the run's seed. Every entity draws from a stream of its own (kind and
 * number), so an entity's values do not depend on how many numbers others drew, and each pass over
 * the data can regenerate an entity exactly instead of keeping it in memory.
 */
final class Seeds {

  /** The kinds of streams; the number is part of the derivation, so never renumber them. */
  enum Stream {
    PARTNER(1),
    CUSTOMER(2),
    USAGE(3),
    REFERENCE(4),
    PARTNERSHIP(5);

    private final long id;

    Stream(long id) {
      this.id = id;
    }
  }

  private final long seed;

  Seeds(long seed) {
    this.seed = seed;
  }

  long seed() {
    return seed;
  }

  SplittableRandom random(Stream stream, long number) {
    return new SplittableRandom(mix(mix(seed ^ (stream.id * 0x9E3779B97F4A7C15L)) + number));
  }

  SplittableRandom random(Stream stream, long number, long part) {
    return new SplittableRandom(
        mix(mix(mix(seed ^ (stream.id * 0x9E3779B97F4A7C15L)) + number) + part));
  }

  /** A version 4 (random) UUID made of the stream's next bits. */
  static UUID uuid(SplittableRandom rng) {
    long most = (rng.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
    long least = (rng.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }

  /** Stafford's mix 13, as SplittableRandom uses: neighbouring inputs give unrelated outputs. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
