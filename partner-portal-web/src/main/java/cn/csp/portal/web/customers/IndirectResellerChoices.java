package cn.csp.portal.web.customers;

import cn.csp.portal.partner.IndirectPartner;
import cn.csp.portal.partner.IndirectPartnerships;
import cn.csp.portal.partner.PartnershipStatus;
import cn.csp.portal.web.security.CurrentUser;
import cn.csp.portal.web.security.PartnerUserPrincipal;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The indirect resellers that authorized the signed-in partner (spec 2.27): an indirect provider
 * may add customers for them and filter its customer list by them. Empty for everyone else, and the
 * pages then show no reseller choice at all.
 */
@ControllerAdvice(assignableTypes = {AddCustomerController.class, CustomerListController.class})
class IndirectResellerChoices {

  private final IndirectPartnerships partnerships;

  IndirectResellerChoices(IndirectPartnerships partnerships) {
    this.partnerships = partnerships;
  }

  @ModelAttribute("resellers")
  List<IndirectPartner> resellers(@CurrentUser PartnerUserPrincipal user) {
    if (user == null || !user.indirectProvider()) {
      return List.of(); // no query at all for the partners that provide for nobody
    }
    return partnerships.resellersOf(user.partnerId()).stream()
        .filter(reseller -> reseller.status() == PartnershipStatus.AUTHORIZED)
        .toList();
  }
}
