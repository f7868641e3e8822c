package cn.csp.portal.perf;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The command line of {@link DataGenerator}. */
record GeneratorOptions(
    String url,
    String user,
    String password,
    long seed,
    double scale,
    LocalDate anchor,
    boolean reset) {

  static final String USAGE =
      """
      Usage: generate-data --url jdbc:postgresql://127.0.0.1:5432/portal_bench [options]

        --url URL        the database to fill; created when missing (connecting to 'postgres')
        --user NAME      database user (default postgres)
        --password PWD   database password (default empty)
        --seed N         random seed (default 42); the same arguments give the same rows
        --scale X        volume factor (default 1.0: 100,000 customers and 250,000
                         subscriptions for the large partner, 200 resellers, 1,000 small partners)
        --anchor DATE    the first day of the month to bill, yyyy-MM-dd (default 2026-11-01);
                         the generated history covers the twelve months before it
        --reset          drop and recreate the database first (a database that already holds
                         partners is refused otherwise)
        --help           this text
      """;

  static GeneratorOptions parse(String... args) {
    String url = null;
    String user = "postgres";
    String password = "";
    long seed = 42;
    double scale = 1.0;
    LocalDate anchor = LocalDate.of(2026, 11, 1);
    boolean reset = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--url" -> url = value(args, ++i, arg);
        case "--user" -> user = value(args, ++i, arg);
        case "--password" -> password = value(args, ++i, arg);
        case "--seed" -> seed = number(value(args, ++i, arg), arg);
        case "--scale" -> {
          String value = value(args, ++i, arg);
          try {
            scale = Double.parseDouble(value);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--scale takes a number, not " + value);
          }
          if (!(scale > 0 && scale <= 20)) {
            throw new IllegalArgumentException("--scale must be above 0 and at most 20");
          }
        }
        case "--anchor" -> {
          String value = value(args, ++i, arg);
          try {
            anchor = LocalDate.parse(value);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--anchor takes a date yyyy-MM-dd, not " + value);
          }
        }
        case "--reset" -> reset = true;
        default -> throw new IllegalArgumentException("Unknown argument " + arg);
      }
    }
    if (url == null) {
      throw new IllegalArgumentException("--url is required");
    }
    return new GeneratorOptions(url, user, password, seed, scale, anchor, reset);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static long number(String value, String option) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a whole number, not " + value);
    }
  }
}
