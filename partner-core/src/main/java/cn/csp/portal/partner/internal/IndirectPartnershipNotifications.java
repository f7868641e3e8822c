package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.Mailer;
import cn.csp.portal.kernel.OutgoingMail;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.IndirectPartnershipRequested;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the reseller's global admins the provider's "request a partnership" with the personalised
 * link to authorize it. Runs after the request committed; the event registry retries it.
 */
@Component
class IndirectPartnershipNotifications {

  /** The page of the link; the web module maps it. */
  static final String AUTHORIZE_PATH = "/partners/providers/authorize/";

  private final PartnerRepository partners;
  private final PartnerUserRepository users;
  private final Mailer mailer;
  private final String portalUrl;

  IndirectPartnershipNotifications(
      PartnerRepository partners,
      PartnerUserRepository users,
      Mailer mailer,
      @Value("${portal.base-url:http://localhost:8080}") String portalUrl) {
    this.partners = partners;
    this.users = users;
    this.mailer = mailer;
    this.portalUrl =
        portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
  }

  @ApplicationModuleListener
  void on(IndirectPartnershipRequested request) {
    Partner provider = partners.findById(request.providerId()).orElseThrow();
    Partner reseller = partners.findById(request.resellerId()).orElseThrow();
    String link = portalUrl + AUTHORIZE_PATH + request.token();
    for (PartnerUser admin :
        users.findByPartnerIdAndAdminRoleAndEnabledTrue(
            request.resellerId(), AdminRole.GLOBAL_ADMIN)) {
      Locale locale = admin.mailLocale();
      mailer.send(
          OutgoingMail.of(
              admin.email(),
              "mail.partnership.requested",
              locale,
              admin.fullName(),
              provider.companyName(),
              provider.mpnId(),
              reseller.companyName(),
              link));
    }
  }
}
