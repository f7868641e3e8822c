package cn.csp.portal.testsupport;

import cn.csp.portal.partner.Address;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.BillingProfile;
import cn.csp.portal.partner.Contact;
import cn.csp.portal.partner.LegalBusinessProfile;
import cn.csp.portal.partner.NewPartner;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.OrganizationProfile;
import cn.csp.portal.partner.PartnerProfiles;
import cn.csp.portal.partner.SupportProfile;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builders for partner test data. Every call yields fresh MPN IDs and sign-in names, so tests can
 * share one database without seeing each other's rows.
 */
public final class PartnerFixtures {

  public static final String PASSWORD = "Test!Passw0rd";
  private static final AtomicLong SEQUENCE =
      new AtomicLong(ThreadLocalRandom.current().nextLong(100_000_000L, 800_000_000L));

  private PartnerFixtures() {}

  public static String uniqueMpnId() {
    return Long.toString(SEQUENCE.incrementAndGet());
  }

  public static String uniqueEmail(String localPart) {
    return localPart + "." + SEQUENCE.incrementAndGet() + "@fixture.partner.onmschina.cn";
  }

  public static NewPartner aPartner() {
    return aPartner("Fixture Partner " + SEQUENCE.incrementAndGet(), 15);
  }

  public static NewPartner aPartner(String companyName, int billingDay) {
    Address address = new Address("1 Test Road", null, "Beijing", "BJ", "100000", "CN");
    Contact contact = new Contact("Li", "Lei", uniqueEmail("contact"), "+86 10 5555 0100");
    PartnerProfiles profiles =
        new PartnerProfiles(
            new LegalBusinessProfile(companyName, address, contact, contact),
            new BillingProfile(companyName, address, contact, null, "91110000TEST"),
            new OrganizationProfile(
                companyName,
                UUID.randomUUID(),
                "fixture" + SEQUENCE.incrementAndGet() + ".partner.onmschina.cn",
                contact.email(),
                "zh",
                "zh-CN"),
            new SupportProfile("https://support.example.cn", contact.email(), "+86 400 000 0000"));
    return new NewPartner(uniqueMpnId(), billingDay, ZoneId.of("Asia/Shanghai"), profiles);
  }

  public static NewPartnerUser aUser(AgentRole agentRole, AdminRole adminRole) {
    return new NewPartnerUser(
        "Fixture User", uniqueEmail("user"), agentRole, adminRole, PASSWORD, false);
  }
}
