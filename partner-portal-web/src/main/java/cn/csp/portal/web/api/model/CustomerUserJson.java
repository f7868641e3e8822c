package cn.csp.portal.web.api.model;

import cn.csp.portal.customer.CustomerUser;
import cn.csp.portal.customer.CustomerUserUpdate;
import cn.csp.portal.customer.NewCustomerUser;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * A {@code CustomerUser} (contract 8.2), answered by the customer user routes and read from their
 * POST and PATCH bodies. A bean rather than a record: the body of a create or a PATCH carries only
 * some properties (null means "not sent"), and case-insensitive binding may see one twice. {@code
 * id}, {@code userDomainType}, {@code links} and {@code attributes} in a body are read-only noise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
    value = {"id", "userDomainType", "links", "attributes"},
    allowGetters = true)
public class CustomerUserJson {

  private static final ResourceAttributes ATTRIBUTES = ResourceAttributes.of("CustomerUser");

  private UUID id;
  private String userPrincipalName;
  private String firstName;
  private String lastName;
  private String displayName;
  private String usageLocation;
  private String userDomainType;
  private UserStateJson state;
  private PasswordProfileJson passwordProfile;
  private ResourceLinks links;

  public CustomerUserJson() {}

  public static CustomerUserJson of(CustomerUser user) {
    CustomerUserJson json = new CustomerUserJson();
    json.id = user.id();
    json.userPrincipalName = user.userPrincipalName();
    json.firstName = user.firstName();
    json.lastName = user.lastName();
    json.displayName = user.displayName();
    json.usageLocation = user.usageLocation();
    json.userDomainType = user.userDomainType();
    json.state = UserStateJson.of(user.state());
    json.links = ResourceLinks.self(selfUri(user.customerId(), user.id()));
    return json;
  }

  /** The user as created, with the generated temporary password to show once, if there is one. */
  public static CustomerUserJson created(CustomerUser user, String temporaryPassword) {
    CustomerUserJson json = of(user);
    if (temporaryPassword != null) {
      json.passwordProfile = PasswordProfileJson.temporary(temporaryPassword);
    }
    return json;
  }

  public static String usersUri(UUID customerId) {
    return "customers/" + customerId + "/users";
  }

  public static String selfUri(UUID customerId, UUID userId) {
    return usersUri(customerId) + "/" + userId;
  }

  /** The body of a create; a missing {@code passwordProfile} has a temporary one generated. */
  public NewCustomerUser toNewUser() {
    return new NewCustomerUser(
        firstName,
        lastName,
        displayName,
        userPrincipalName,
        usageLocation,
        passwordProfile == null ? null : passwordProfile.toPasswordProfile());
  }

  /** The body of a PATCH over the user's current properties: only what was sent changes. */
  public CustomerUserUpdate over(CustomerUserUpdate current) {
    return new CustomerUserUpdate(
        firstName == null ? current.firstName() : firstName,
        lastName == null ? current.lastName() : lastName,
        displayName == null ? current.displayName() : displayName,
        usageLocation == null ? current.usageLocation() : usageLocation,
        state == null ? current.state() : state.state());
  }

  public UUID getId() {
    return id;
  }

  public String getUserPrincipalName() {
    return userPrincipalName;
  }

  public void setUserPrincipalName(String userPrincipalName) {
    this.userPrincipalName = userPrincipalName;
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

  public String getUsageLocation() {
    return usageLocation;
  }

  public void setUsageLocation(String usageLocation) {
    this.usageLocation = usageLocation;
  }

  public String getUserDomainType() {
    return userDomainType;
  }

  public UserStateJson getState() {
    return state;
  }

  public void setState(UserStateJson state) {
    this.state = state;
  }

  public PasswordProfileJson getPasswordProfile() {
    return passwordProfile;
  }

  public void setPasswordProfile(PasswordProfileJson passwordProfile) {
    this.passwordProfile = passwordProfile;
  }

  public ResourceLinks getLinks() {
    return links;
  }

  public ResourceAttributes getAttributes() {
    return ATTRIBUTES;
  }
}
