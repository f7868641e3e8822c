package cn.csp.portal.web.admincenter;

import cn.csp.portal.customer.CustomerUser;
import cn.csp.portal.customer.CustomerUserState;
import cn.csp.portal.customer.CustomerUserUpdate;

/** A customer user's edit page; the rules are those of {@link CustomerUserUpdate}. */
public class CustomerUserForm {

  private String firstName;
  private String lastName;
  private String displayName;
  private String usageLocation;
  private CustomerUserState state;

  static CustomerUserForm of(CustomerUser user) {
    CustomerUserForm form = new CustomerUserForm();
    form.firstName = user.firstName();
    form.lastName = user.lastName();
    form.displayName = user.displayName();
    form.usageLocation = user.usageLocation();
    form.state = user.state();
    return form;
  }

  CustomerUserUpdate toUpdate() {
    return new CustomerUserUpdate(firstName, lastName, displayName, usageLocation, state);
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

  public CustomerUserState getState() {
    return state;
  }

  public void setState(CustomerUserState state) {
    this.state = state;
  }
}
