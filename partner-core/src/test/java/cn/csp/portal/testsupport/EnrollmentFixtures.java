package cn.csp.portal.testsupport;

import cn.csp.portal.partner.Address;
import cn.csp.portal.partner.Contact;
import cn.csp.portal.partner.EnrollmentForm;
import cn.csp.portal.partner.LegalBusinessProfile;
import cn.csp.portal.partner.NewPartnerAccount;
import cn.csp.portal.partner.SupportProfile;

/** Builders for the two enrollment forms, with fresh sign-in names and MPN IDs on every call. */
public final class EnrollmentFixtures {

  private EnrollmentFixtures() {}

  public static NewPartnerAccount anAccount() {
    return new NewPartnerAccount(
        "Fabrikam Cloud " + PartnerFixtures.uniqueMpnId(),
        "Wang Fang",
        PartnerFixtures.uniqueEmail("ga"),
        "13800138000",
        PartnerFixtures.PASSWORD,
        NewPartnerAccount.Language.EN);
  }

  public static EnrollmentForm anApplication() {
    Contact contact =
        new Contact("Fang", "Wang", PartnerFixtures.uniqueEmail("contact"), "010-5555-0100");
    return new EnrollmentForm(
        PartnerFixtures.uniqueMpnId(),
        new LegalBusinessProfile(
            "Fabrikam Cloud (Beijing) Ltd",
            new Address("1 Jianguo Road", null, "Beijing", "Beijing", "100022", "CN"),
            contact,
            contact),
        new SupportProfile("https://support.fabrikam.cn", contact.email(), "400-820-8820"));
  }
}
