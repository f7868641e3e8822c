package cn.csp.portal.web.enrollment;

import org.springframework.validation.Errors;

/** Changing one's own password: the current one, and the new one typed twice. */
public class PasswordChangeForm extends NewPasswordForm {

  private String currentPassword;

  /** All three entries are there and the new one was typed twice alike. */
  public void rejectIfIncomplete(Errors errors) {
    if (currentPassword == null) {
      errors.rejectValue("currentPassword", "NotBlank");
    }
    rejectIfMissingOrMismatched(errors);
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }
}
