package cn.csp.portal.web.api.model;

import cn.csp.portal.partner.Contact;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A {@code Contact} of a partner profile: a primary contact or invoice recipient. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerContactJson(
    String firstName, String lastName, String email, String phoneNumber) {

  public static PartnerContactJson of(Contact contact) {
    return new PartnerContactJson(
        contact.firstName(), contact.lastName(), contact.email(), contact.phoneNumber());
  }
}
