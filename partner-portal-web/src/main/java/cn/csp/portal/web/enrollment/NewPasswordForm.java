package cn.csp.portal.web.enrollment;

import java.util.Objects;
import org.springframework.validation.Errors;

/**
 * The new password typed twice, shared by the forms that set one. The policy itself is the partner
 * module's; this only makes sure both entries are there and agree.
 */
public class NewPasswordForm {

  private String newPassword;
  private String passwordConfirmation;

  void rejectIfMissingOrMismatched(Errors errors) {
    if (newPassword == null) {
      errors.rejectValue("newPassword", "NotBlank");
    } else if (!Objects.equals(newPassword, passwordConfirmation)) {
      errors.rejectValue("passwordConfirmation", "passwordConfirmation.mismatch");
    }
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getPasswordConfirmation() {
    return passwordConfirmation;
  }

  public void setPasswordConfirmation(String passwordConfirmation) {
    this.passwordConfirmation = passwordConfirmation;
  }
}
