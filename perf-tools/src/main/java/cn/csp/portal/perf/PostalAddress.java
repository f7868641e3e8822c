package cn.csp.portal.perf;

import java.util.SplittableRandom;

/** A Chinese postal address as the profile forms take it (six-digit postal code, country CN). */
record PostalAddress(
    String line1, String line2, String city, String state, String postalCode, String country) {

  static PostalAddress in(SplittableRandom rng, Vocabulary.City city) {
    String line1 =
        Vocabulary.pick(rng, city.districts())
            + Vocabulary.pick(rng, Vocabulary.STREETS)
            + " "
            + (1 + rng.nextInt(999))
            + " 号";
    String line2 =
        rng.nextInt(100) < 60
            ? Vocabulary.pick(rng, Vocabulary.BUILDINGS)
                + " "
                + (1 + rng.nextInt(30))
                + "0"
                + (1 + rng.nextInt(9))
            : null;
    return new PostalAddress(
        line1,
        line2,
        city.name(),
        city.province(),
        city.postalPrefix() + String.format("%03d", rng.nextInt(1000)),
        "CN");
  }
}
