package cn.csp.portal.web.enrollment;

/** Changing one's own password: the current one, and the new one typed twice. */
public class PasswordChangeForm extends NewPasswordForm {

  private String currentPassword;

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }
}
