package cn.csp.portal.web.support;

import cn.csp.portal.support.SupportContact;

/** A partner user as the contact of the support requests they open (new request form, /v1). */
public final class UserContacts {

  private UserContacts() {}

  /**
   * The first word of the full name is the first name, the rest the last name; a one-word name is
   * both (the contact needs both).
   */
  public static SupportContact of(String fullName, String email) {
    String[] names = fullName.strip().split("\\s+", 2);
    return new SupportContact(names[0], names.length > 1 ? names[1] : names[0], email, null);
  }
}
