package cn.csp.portal.perf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows of one table into PostgreSQL with {@code COPY ... FROM STDIN} (text format). Rows
 * are written as they are made; a chunk of rows is one COPY statement and one transaction, so a
 * large table is committed piece by piece and nothing is held in memory but the current buffer.
 *
 * <p>A sink owns its connection's transaction: tables written by one pass use one sink (and one
 * connection) each.
 */
final class CopySink implements AutoCloseable {

  private static final int BUFFER_BYTES = 1 << 16;

  private final Connection connection;
  private final String table;
  private final String sql;
  private final int columns;
  private final int chunkRows;
  private final StringBuilder buffer = new StringBuilder(BUFFER_BYTES + 4096);
  private CopyIn copy;
  private long rows;
  private int rowsInChunk;
  private int fieldsInRow;

  CopySink(Connection connection, String table, int chunkRows, String... columns) {
    this.connection = connection;
    this.table = table;
    this.columns = columns.length;
    this.chunkRows = chunkRows;
    this.sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
  }

  String table() {
    return table;
  }

  long rows() {
    return rows;
  }

  CopySink uuid(UUID value) {
    return value == null ? nullValue() : raw(value.toString());
  }

  CopySink text(String value) {
    if (value == null) {
      return nullValue();
    }
    separator();
    for (int i = 0; i < value.length(); i++) {
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

  CopySink integer(long value) {
    separator();
    buffer.append(value);
    return this;
  }

  CopySink integer(Integer value) {
    return value == null ? nullValue() : integer(value.longValue());
  }

  CopySink bool(boolean value) {
    return raw(value ? "t" : "f");
  }

  CopySink date(LocalDate value) {
    return value == null ? nullValue() : raw(value.toString());
  }

  /** An instant as a timestamptz literal in UTC, with microseconds (PostgreSQL's precision). */
  CopySink instant(Instant value) {
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

  CopySink decimal(BigDecimal value) {
    return value == null ? nullValue() : raw(value.toPlainString());
  }

  CopySink nullValue() {
    separator();
    buffer.append("\\N");
    return this;
  }

  /** Ends the row; every column must have been given. */
  void endRow() {
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
    if (rowsInChunk >= chunkRows) {
      commitChunk();
    }
  }

  /** Ends the current chunk: the COPY statement completes and its transaction commits. */
  void commitChunk() {
    flush();
    try {
      if (copy != null) {
        copy.endCopy();
        copy = null;
      }
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Copying into " + table + " failed", e);
    }
    rowsInChunk = 0;
  }

  @Override
  public void close() {
    commitChunk();
  }

  private CopySink raw(String value) {
    separator();
    buffer.append(value);
    return this;
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
