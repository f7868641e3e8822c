package cn.csp.portal.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A user to add to a customer's directory.
 *
 * @param userPrincipalName {@code <name>@<domain>}, where the domain must be one of the customer's
 *     domains; any case (it is stored in lower case)
 * @param usageLocation an ISO 3166 country code, e.g. {@code CN}
 * @param passwordProfile the initial password, or null to have a temporary one generated (which the
 *     caller shows once, and which the user must change at first sign-in)
 */
public record NewCustomerUser(
    @NotBlank @Size(max = 64) String firstName,
    @NotBlank @Size(max = 64) String lastName,
    @NotBlank @Size(max = 256) String displayName,
    @NotBlank @Size(max = 113) @Pattern(regexp = NewCustomerUser.UPN_PATTERN)
        String userPrincipalName,
    @NotBlank @Pattern(regexp = NewCustomerUser.USAGE_LOCATION_PATTERN) String usageLocation,
    @Valid PasswordProfile passwordProfile) {

  /**
   * The name part as Azure AD allows it (letters, digits and {@code ' . - _ ! # ^ ~}, no leading,
   * trailing or double dot, at most 64 characters), then {@code @} and a domain.
   */
  public static final String UPN_PATTERN =
      "(?=[^@]{1,64}@)[A-Za-z0-9'_!#^~-]+(\\.[A-Za-z0-9'_!#^~-]+)*@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+";

  public static final String USAGE_LOCATION_PATTERN = "[A-Za-z]{2}";

  /**
   * A password the caller chose (the API's {@code passwordProfile}).
   *
   * @param forceChangePassword the user must replace it at the next sign-in
   */
  public record PasswordProfile(@NotBlank String password, boolean forceChangePassword) {

    @Override
    public String toString() {
      return "PasswordProfile[forceChangePassword=" + forceChangePassword + "]";
    }
  }
}
