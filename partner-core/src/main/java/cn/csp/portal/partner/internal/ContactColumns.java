package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.Contact;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How a {@link Contact} is stored; columns are {@code contact_*} unless overridden. */
@Embeddable
class ContactColumns {

  @Column(name = "contact_first_name")
  private String firstName;

  @Column(name = "contact_last_name")
  private String lastName;

  @Column(name = "contact_email")
  private String email;

  @Column(name = "contact_phone")
  private String phone;

  protected ContactColumns() {}

  ContactColumns(Contact contact) {
    this.firstName = contact.firstName();
    this.lastName = contact.lastName();
    this.email = contact.email();
    this.phone = contact.phoneNumber();
  }

  Contact toContact() {
    return new Contact(firstName, lastName, email, phone);
  }
}
