package cn.csp.portal.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttachmentPolicyTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "trace.log|trace.log",
        "../../etc/passwd|passwd",
        "C:\\Users\\wei\\报告 2026.pdf|报告 2026.pdf",
        "..hidden.txt|hidden.txt",
        "semi;colon%20.txt|semicolon20.txt"
      })
  void namesAreCleaned(String raw, String clean) {
    assertThat(AttachmentPolicy.cleanName(raw)).isEqualTo(clean);
  }

  @Test
  void controlAndSpecialCharactersGoAndNothingLeftIsAnAttachment() {
    assertThat(AttachmentPolicy.cleanName("a\"b<c>d|e?f*.txt")).isEqualTo("abcdef.txt");
    assertThat(AttachmentPolicy.cleanName("x\u0000y\r\nz.csv")).isEqualTo("xyz.csv");
    assertThat(AttachmentPolicy.cleanName("   ")).isEqualTo("attachment");
    assertThat(AttachmentPolicy.cleanName(null)).isEqualTo("attachment");
  }

  @ParameterizedTest
  @CsvSource({"200", "151", "1000"})
  void longNamesKeepTheirExtension(int length) {
    String name = AttachmentPolicy.cleanName("a".repeat(length) + ".pdf");
    assertThat(name).hasSize(AttachmentPolicy.MAX_NAME_LENGTH).endsWith(".pdf");
  }
}
