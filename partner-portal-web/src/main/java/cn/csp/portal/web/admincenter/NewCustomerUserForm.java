package cn.csp.portal.web.admincenter;

import cn.csp.portal.customer.NewCustomerUser;

/**
 * "Add user" in the admin center: the names, the user name (the part before {@code @}; the
 * customer's domain is shown next to it and added here) and the usage location. The password is
 * always a generated temporary one. The rules are those of {@link NewCustomerUser}, whose property
 * names this form mirrors so that errors land on their fields.
 */
public class NewCustomerUserForm {

  private String firstName;
  private String lastName;
  private String displayName;
  private String userName;
  private String usageLocation = UsageLocations.DEFAULT;

  /** Not bound from the request: the controller sets the customer's domain. */
  private String domain;

  NewCustomerUserForm inDomain(String domain) {
    this.domain = domain;
    return this;
  }

  NewCustomerUser toCommand() {
    return new NewCustomerUser(
        firstName, lastName, displayName, getUserPrincipalName(), usageLocation, null);
  }

  /** What the user name becomes; errors about the sign-in name are shown at the user name. */
  public String getUserPrincipalName() {
    return userName == null ? null : userName + "@" + domain;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
  }

  public String getUsageLocation() {
    return usageLocation;
  }

  public void setUsageLocation(String usageLocation) {
    this.usageLocation = usageLocation;
  }
}
