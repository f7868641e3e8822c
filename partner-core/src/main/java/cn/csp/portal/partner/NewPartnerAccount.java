package cn.csp.portal.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The "Create a Partner Center account" step of enrollment (spec 2.3): the organization and the
 * person who becomes its first global admin. The sign-in name is the admin's work email; its domain
 * becomes the organization's work-account domain.
 *
 * @param language the organization's preferred language tag (zh-CN, en or ru)
 */
public record NewPartnerAccount(
    @NotBlank @Size(max = 200) String companyName,
    @NotBlank @Size(max = 100) String adminFullName,
    @NotBlank @Email @Size(max = 254) String adminEmail,
    @PhoneNumber @Size(max = 40) String adminPhone,
    @NotBlank @Size(max = 128) String password,
    @NotNull Language language) {

  /** The languages the portal speaks. */
  public enum Language {
    ZH_CN("zh-CN"),
    EN("en"),
    RU("ru");

    private final String tag;

    Language(String tag) {
      this.tag = tag;
    }

    public String tag() {
      return tag;
    }
  }
}
