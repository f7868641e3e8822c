package cn.csp.portal.web.portal;

import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.SuspensionReason;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Why the signed-in user's partner is suspended, for the banner on every partner page (spec 2.11).
 * The partner's status in the principal is current on every request ({@code PartnerSessionFilter}
 * re-reads it), so only a suspended partner costs one more query, for the reason.
 */
@ControllerAdvice
class SuspensionBannerAdvice {

  private final PartnerAccounts partners;

  SuspensionBannerAdvice(PartnerAccounts partners) {
    this.partners = partners;
  }

  /** The suspension reason of the user's partner; null when it is not suspended. */
  @ModelAttribute("partnerSuspension")
  SuspensionReason partnerSuspension() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !(authentication.getPrincipal() instanceof PartnerUserPrincipal user)
        || user.partnerStatus() != PartnerStatus.SUSPENDED) {
      return null;
    }
    return partners
        .findOverview(user.partnerId())
        .map(PartnerOverview::suspensionReason)
        .orElse(null);
  }
}
