package cn.csp.portal.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads uploaded CSV files: UTF-8 (an optional byte order mark, as Excel writes, is dropped) split
 * into records by RFC 4180. Quoted fields may hold commas, quotes and line breaks; unquoted fields
 * are trimmed; empty lines are skipped. It knows nothing of columns: each module checks its own.
 */
public final class CsvReader {

  private static final char BOM = '\uFEFF';

  private CsvReader() {}

  /**
   * One record with its row number as a spreadsheet shows it: the records before it count, empty
   * lines included, so the header is row 1.
   */
  public record Row(int number, List<String> fields) {}

  /** Why a file cannot be read at all; callers turn it into their own message. */
  public enum Problem {
    TOO_LARGE,
    NOT_UTF8,
    /** A quote is not closed, or text follows a closing quote. */
    MALFORMED
  }

  /** The file cannot be read; {@link #row()} is the row of a malformed quote, else 0. */
  public static final class UnreadableCsv extends RuntimeException {
    private final Problem problem;
    private final int row;

    UnreadableCsv(Problem problem, int row) {
      super(problem + (row > 0 ? " at row " + row : ""));
      this.problem = problem;
      this.row = row;
    }

    public Problem problem() {
      return problem;
    }

    public int row() {
      return row;
    }
  }

  /**
   * Reads at most {@code maxBytes} of UTF-8 and splits them into rows.
   *
   * @throws UnreadableCsv when the file is larger, not UTF-8 or its quoting is broken
   */
  public static List<Row> read(InputStream in, int maxBytes) throws IOException {
    return rows(decode(in, maxBytes));
  }

  /** The text of at most {@code maxBytes} of UTF-8, without a leading byte order mark. */
  public static String decode(InputStream in, int maxBytes) throws IOException {
    byte[] bytes = in.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw new UnreadableCsv(Problem.TOO_LARGE, 0);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      throw new UnreadableCsv(Problem.NOT_UTF8, 0);
    }
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  /** Splits text into rows by RFC 4180 (see the class comment). */
  public static List<Row> rows(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int number = 1;
    int i = 0;
    while (i <= text.length()) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      boolean end = i == text.length();
      if (quoted) {
        if (end) {
          throw new UnreadableCsv(Problem.MALFORMED, number);
        }
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        field.setLength(0);
      } else if (c == ',') {
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        boolean emptyLine = fields.size() == 1 && fields.get(0).isEmpty() && !wasQuoted;
        if (!emptyLine) {
          rows.add(new Row(number, List.copyOf(fields)));
        }
        if (!end || !emptyLine) {
          number++;
        }
        fields.clear();
        field.setLength(0);
        wasQuoted = false;
      } else if (wasQuoted) {
        if (!Character.isWhitespace(c)) {
          // text after a closing quote: "abc"def
          throw new UnreadableCsv(Problem.MALFORMED, number);
        }
      } else {
        field.append(c);
      }
      i++;
    }
    return rows;
  }
}
