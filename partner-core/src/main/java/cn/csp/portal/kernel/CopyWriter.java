package cn.csp.portal.kernel;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows of one table into PostgreSQL with {@code COPY ... FROM STDIN} (text format): the
 * fastest way PostgreSQL takes many rows, with every constraint, index and trigger in place. Rows
 * are written as they are made; nothing is held in memory but the current buffer (64 KiB).
 *
 * <p>Two ways to use it: {@link #inTransaction} writes all rows with one COPY inside the caller's
 * transaction (closing it ends the COPY, the caller commits); {@link #committingEvery} owns the
 * connection's transaction and commits every so many rows, for bulk loads.
 *
 * <p>During the COPY the session uses generic plans ({@code plan_cache_mode = force_generic_plan}),
 * then goes back to its own setting. Each row's foreign keys are checked with a cached query by
 * primary key, which one generic plan serves for every row. The portal's connections plan every
 * execution for its own parameters (skewed partner data), and so planned that query once per row:
 * an eighth of a billing run's CPU time.
 */
public final class CopyWriter implements AutoCloseable {

  private static final int BUFFER_BYTES = 1 << 16;

  private final Connection connection;
  private final String table;
  private final String sql;
  private final int columns;
  private final int chunkRows;
  private final StringBuilder buffer = new StringBuilder(BUFFER_BYTES + 4096);
  private CopyIn copy;
  private String planCacheMode;
  private long rows;
  private int rowsInChunk;
  private int fieldsInRow;

  private CopyWriter(Connection connection, String table, int chunkRows, String... columns) {
    this.connection = connection;
    this.table = table;
    this.columns = columns.length;
    this.chunkRows = chunkRows;
    this.sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
  }

  /** One COPY in the caller's transaction on {@code connection}; {@link #close} ends it. */
  public static CopyWriter inTransaction(Connection connection, String table, String... columns) {
    return new CopyWriter(connection, table, 0, columns);
  }

  /**
   * A COPY and a commit for every {@code chunkRows} rows: the writer owns the connection's
   * transaction (auto-commit off).
   */
  public static CopyWriter committingEvery(
      Connection connection, String table, int chunkRows, String... columns) {
    if (chunkRows < 1) {
      throw new IllegalArgumentException("A chunk has at least one row: " + chunkRows);
    }
    return new CopyWriter(connection, table, chunkRows, columns);
  }

  /** The rows written so far. */
  public long rows() {
    return rows;
  }

  public CopyWriter uuid(UUID value) {
    return value == null ? nullValue() : raw(value.toString());
  }

  public CopyWriter text(String value) {
    if (value == null) {
      return nullValue();
    }
    separator();
    // most values hold nothing to escape: append them whole (char by char was a tenth of a large
    // billing run's time)
    int i = 0;
    while (i < value.length() && !needsEscape(value.charAt(i))) {
      i++;
    }
    if (i == value.length()) {
      buffer.append(value);
      return this;
    }
    buffer.append(value, 0, i);
    for (; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> buffer.append("\\\\");
        case '\t' -> buffer.append("\\t");
        case '\n' -> buffer.append("\\n");
        case '\r' -> buffer.append("\\r");
        default -> buffer.append(c);
      }
    }
    return this;
  }

  private static boolean needsEscape(char c) {
    return c == '\\' || c == '\t' || c == '\n' || c == '\r';
  }

  public CopyWriter integer(long value) {
    separator();
    buffer.append(value);
    return this;
  }

  public CopyWriter integer(Integer value) {
    return value == null ? nullValue() : integer(value.longValue());
  }

  public CopyWriter bool(boolean value) {
    return raw(value ? "t" : "f");
  }

  public CopyWriter date(LocalDate value) {
    return value == null ? nullValue() : raw(value.toString());
  }

  /** An instant as a timestamptz literal in UTC, with microseconds (PostgreSQL's precision). */
  public CopyWriter instant(Instant value) {
    if (value == null) {
      return nullValue();
    }
    separator();
    LocalDateTime utc = LocalDateTime.ofEpochSecond(value.getEpochSecond(), 0, ZoneOffset.UTC);
    buffer.append(utc.toLocalDate()).append(' ');
    pad2(utc.getHour()).append(':');
    pad2(utc.getMinute()).append(':');
    pad2(utc.getSecond()).append('.');
    String micros = Integer.toString(value.getNano() / 1000);
    buffer.append("000000", 0, 6 - micros.length()).append(micros).append("+00");
    return this;
  }

  public CopyWriter decimal(BigDecimal value) {
    return value == null ? nullValue() : raw(value.toPlainString());
  }

  public CopyWriter nullValue() {
    separator();
    buffer.append("\\N");
    return this;
  }

  /** Ends the row; every column must have been given. */
  public void endRow() {
    if (fieldsInRow != columns) {
      throw new IllegalStateException(
          table + ": a row has " + fieldsInRow + " fields, the table copy " + columns);
    }
    buffer.append('\n');
    fieldsInRow = 0;
    rows++;
    rowsInChunk++;
    if (buffer.length() >= BUFFER_BYTES) {
      flush();
    }
    if (chunkRows > 0 && rowsInChunk >= chunkRows) {
      commitChunk();
    }
  }

  /** Ends the current COPY statement and, when the writer commits, its transaction. */
  private void endCopy() {
    flush();
    try {
      if (copy != null) {
        copy.endCopy();
        copy = null;
        planCacheMode(planCacheMode);
      }
      if (chunkRows > 0) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Copying into " + table + " failed", e);
    }
  }

  private void commitChunk() {
    endCopy();
    rowsInChunk = 0;
  }

  /** Ends the COPY: every row is in the table (and committed, when the writer commits). */
  @Override
  public void close() {
    endCopy();
  }

  private CopyWriter raw(String value) {
    separator();
    buffer.append(value);
    return this;
  }

  /** Sets the transaction's plan cache mode; returns the one it replaced. */
  private String planCacheMode(String mode) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select current_setting('plan_cache_mode'), set_config('plan_cache_mode', ?, true)")) {
      statement.setString(1, mode);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getString(1);
      }
    }
  }

  private StringBuilder pad2(int value) {
    if (value < 10) {
      buffer.append('0');
    }
    return buffer.append(value);
  }

  private void separator() {
    if (fieldsInRow++ > 0) {
      buffer.append('\t');
    }
  }

  private void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    try {
      if (copy == null) {
        planCacheMode = planCacheMode("force_generic_plan");
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
      }
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw new IllegalStateException("Copying into " + table + " failed", e);
    }
    buffer.setLength(0);
  }
}
