package cn.csp.portal.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static List<CsvReader.Row> read(byte[] bytes, int maxBytes) throws IOException {
    return CsvReader.read(new ByteArrayInputStream(bytes), maxBytes);
  }

  @Test
  void readsRfc4180WithoutTheByteOrderMarkNumberingRowsAsASpreadsheet() throws IOException {
    String csv = "\uFEFFa,b\r\n\r\n\" x, \"\"y\"\"\",  trimmed  \n\"two\nlines\",z\r\n";

    assertThat(read(csv.getBytes(StandardCharsets.UTF_8), 1024))
        .containsExactly(
            new CsvReader.Row(1, List.of("a", "b")),
            new CsvReader.Row(3, List.of(" x, \"y\"", "trimmed")),
            new CsvReader.Row(4, List.of("two\nlines", "z")));
  }

  @Test
  void refusesWhatCannotBeRead() {
    assertThatThrownBy(() -> read("a,\"open\r\n".getBytes(StandardCharsets.UTF_8), 1024))
        .isInstanceOfSatisfying(
            CsvReader.UnreadableCsv.class,
            e -> {
              assertThat(e.problem()).isEqualTo(CsvReader.Problem.MALFORMED);
              assertThat(e.row()).isEqualTo(1);
            });
    assertThatThrownBy(() -> read("Größe".getBytes(StandardCharsets.ISO_8859_1), 1024))
        .isInstanceOfSatisfying(
            CsvReader.UnreadableCsv.class,
            e -> assertThat(e.problem()).isEqualTo(CsvReader.Problem.NOT_UTF8));
    assertThatThrownBy(() -> read(new byte[11], 10))
        .isInstanceOfSatisfying(
            CsvReader.UnreadableCsv.class,
            e -> assertThat(e.problem()).isEqualTo(CsvReader.Problem.TOO_LARGE));
  }
}
