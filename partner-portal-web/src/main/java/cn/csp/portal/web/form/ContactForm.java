package cn.csp.portal.web.form;

import cn.csp.portal.partner.Contact;
import java.io.Serial;
import java.io.Serializable;

/** The contact-person fields of a form; the rules are those of {@link Contact}. */
public class ContactForm implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private String firstName;
  private String lastName;
  private String email;
  private String phoneNumber;

  public static ContactForm of(Contact contact) {
    ContactForm form = new ContactForm();
    form.firstName = contact.firstName();
    form.lastName = contact.lastName();
    form.email = contact.email();
    form.phoneNumber = contact.phoneNumber();
    return form;
  }

  public Contact toContact() {
    return new Contact(firstName, lastName, email, phoneNumber);
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

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhoneNumber() {
    return phoneNumber;
  }

  public void setPhoneNumber(String phoneNumber) {
    this.phoneNumber = phoneNumber;
  }
}
