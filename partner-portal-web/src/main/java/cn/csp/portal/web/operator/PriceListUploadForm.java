package cn.csp.portal.web.operator;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.web.multipart.MultipartFile;

/** A CSV price list for a month ({@code yyyy-MM}, as a month input sends it). */
public class PriceListUploadForm {

  private String month;
  private MultipartFile file;

  /** The month, or null when the field does not hold one. */
  YearMonth yearMonth() {
    if (month == null) {
      return null;
    }
    try {
      return YearMonth.parse(month.strip());
    } catch (DateTimeParseException notAMonth) {
      return null;
    }
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public MultipartFile getFile() {
    return file;
  }

  public void setFile(MultipartFile file) {
    this.file = file;
  }
}
