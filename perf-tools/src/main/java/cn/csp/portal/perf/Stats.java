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

  record Line(String name, long rows, long millis) {}

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
    lines.add(new Line(name, rows, millis));
    out.printf("  %-34s %,12d rows %9.1f s%n", name, rows, millis / 1000.0);
    out.flush();
  }

  List<Line> lines() {
    return List.copyOf(lines);
  }

  void printSummary(long totalMillis) {
    long rows = 0;
    out.println();
    out.printf("  %-34s %16s %11s%n", "step", "rows", "seconds");
    for (Line line : lines) {
      out.printf("  %-34s %,16d %11.1f%n", line.name(), line.rows(), line.millis() / 1000.0);
      rows += line.rows();
    }
    out.printf("  %-34s %,16d %11.1f%n", "total", rows, totalMillis / 1000.0);
  }
}
