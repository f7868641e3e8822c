package cn.csp.portal.web.operator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The note that explains a reinstatement or a termination; a termination is also confirmed, since
 * it cannot be undone.
 */
public class StandingNoteForm {

  @NotBlank
  @Size(max = 1000)
  private String note;

  private boolean confirmed;

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }
}
