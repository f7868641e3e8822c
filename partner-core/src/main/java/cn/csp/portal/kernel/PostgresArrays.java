package cn.csp.portal.kernel;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * PostgreSQL array literals, so a whole list goes to the database as one parameter ({@code
 * cast(:ids as uuid[])}) instead of one bind parameter per element (PostgreSQL takes at most 65,535
 * in one statement).
 */
public final class PostgresArrays {

  private PostgresArrays() {}

  /**
   * The values' texts as an array literal, in order: {@code {a,b,c}}. Only for values whose text
   * needs no quoting: UUIDs, ISO dates, numbers.
   */
  public static String literal(Collection<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining(",", "{", "}"));
  }
}
