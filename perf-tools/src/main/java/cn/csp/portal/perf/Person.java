package cn.csp.portal.perf;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A generated person: a contact, a user, an approver. Chinese people are named surname first and
 * written with their pinyin; the contact forms keep the given name as the first name, as the demo
 * data does ({@code new Contact("芳", "王", ...)}).
 */
record Person(String firstName, String lastName, String fullName, String emailLocalPart) {

  static Person chinese(SplittableRandom rng) {
    Vocabulary.Word surname = Vocabulary.pick(rng, Vocabulary.SURNAMES);
    Vocabulary.Word given = Vocabulary.pick(rng, Vocabulary.GIVEN_NAMES);
    String local =
        switch (rng.nextInt(3)) {
          case 0 -> given.pinyin() + "." + surname.pinyin();
          case 1 -> surname.pinyin() + given.pinyin();
          default -> surname.pinyin() + "." + given.pinyin();
        };
    return new Person(
        given.hanzi(),
        surname.hanzi(),
        surname.hanzi()
            + given.hanzi()
            + " "
            + capitalised(surname.pinyin())
            + " "
            + capitalised(given.pinyin()),
        local);
  }

  static Person english(SplittableRandom rng) {
    String first = Vocabulary.pick(rng, Vocabulary.ENGLISH_FIRST_NAMES);
    String last = Vocabulary.pick(rng, Vocabulary.ENGLISH_LAST_NAMES);
    return new Person(
        first, last, first + " " + last, (first + "." + last).toLowerCase(Locale.ROOT));
  }

  /** A mobile number as people write it: 1[3-9]x xxxx xxxx. */
  static String mobile(SplittableRandom rng) {
    return "1"
        + (3 + rng.nextInt(7))
        + rng.nextInt(10)
        + " "
        + String.format("%04d", rng.nextInt(10_000))
        + " "
        + String.format("%04d", rng.nextInt(10_000));
  }

  /** An office number with the city's area code: 0xx-xxxx-xxxx. */
  static String landline(SplittableRandom rng, Vocabulary.City city) {
    return city.areaCode()
        + "-"
        + (2 + rng.nextInt(8))
        + String.format("%03d", rng.nextInt(1000))
        + "-"
        + String.format("%04d", rng.nextInt(10_000));
  }

  private static String capitalised(String pinyin) {
    return Character.toUpperCase(pinyin.charAt(0)) + pinyin.substring(1);
  }
}
