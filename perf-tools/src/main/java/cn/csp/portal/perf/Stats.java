package cn.csp.portal.perf;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Row counts and timings per step, printed as the run goes and as a table at the end. */
final class Stats {

  /** A step that writes rows and says how many. */
  interface Step {
    long run() throws SQLException;
  }

  /** A table written in the same pass as the line before it: the time is that pass's. */
  static final long SAME_PASS = -1;

  record Line(String name, long rows, long millis) {

    String seconds() {
      return millis == SAME_PASS ? "(same pass)" : String.format("%.1f s", millis / 1000.0);
    }
  }

  private final PrintStream out;
  private final List<Line> lines = new ArrayList<>();

  Stats(PrintStream out) {
    this.out = out;
  }

  long time(String name, Step step) throws SQLException {
    long started = System.nanoTime();
    long rows = step.run();
    record(name, rows, (System.nanoTime() - started) / 1_000_000);
    return rows;
  }

  void record(String name, long rows, long millis) {
    Line line = new Line(name, rows, millis);
    lines.add(line);
    out.printf("  %-34s %,12d rows %12s%n", name, rows, line.seconds());
    out.flush();
  }

  List<Line> lines() {
    return List.copyOf(lines);
  }

  void printSummary(long totalMillis) {
    long rows = 0;
    out.println();
    out.printf("  %-34s %16s %12s%n", "step", "rows", "time");
    for (Line line : lines) {
      out.printf("  %-34s %,16d %12s%n", line.name(), line.rows(), line.seconds());
      rows += line.rows();
    }
    out.printf(
        "  %-34s %,16d %12s%n", "total", rows, String.format("%.1f s", totalMillis / 1000.0));
  }
}
