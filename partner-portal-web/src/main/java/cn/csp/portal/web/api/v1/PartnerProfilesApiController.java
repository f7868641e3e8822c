package cn.csp.portal.web.api.v1;

import static cn.csp.portal.partner.Permission.PROFILE_EDIT;
import static cn.csp.portal.partner.Permission.PROFILE_VIEW;

import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.OrganizationProfile;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerProfiles;
import cn.csp.portal.web.api.ApiCaller;
import cn.csp.portal.web.api.ApiRequestRefused;
import cn.csp.portal.web.api.ApiValidator;
import cn.csp.portal.web.api.AppUserOnly;
import cn.csp.portal.web.api.model.LegalBusinessProfileJson;
import cn.csp.portal.web.api.model.MpnProfileJson;
import cn.csp.portal.web.api.model.OrganizationProfileJson;
import cn.csp.portal.web.api.model.PartnerBillingProfileJson;
import cn.csp.portal.web.api.model.SupportProfileJson;
import cn.csp.portal.web.security.RequiresPermission;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calling partner's own profiles (contract 8, {@code /profiles/*}), with the permissions of the
 * profile pages under Account settings: viewing needs {@code profile:view}, changing the
 * organization profile {@code profile:edit}. The organization profile is App+User only (contract
 * 11).
 */
@RestController
@RequestMapping("/v1/profiles")
@RequiresPermission(PROFILE_VIEW)
class PartnerProfilesApiController {

  private final PartnerAccounts partners;
  private final ApiValidator validator;

  PartnerProfilesApiController(PartnerAccounts partners, ApiValidator validator) {
    this.partners = partners;
    this.validator = validator;
  }

  @GetMapping("/organization")
  @AppUserOnly
  OrganizationProfileJson organization(@AuthenticationPrincipal ApiCaller caller) {
    return organizationOf(caller.partnerId());
  }

  /**
   * Replaces the company name, email, language and culture, and answers the profile as stored. The
   * body is the whole profile as GET gave it: a tenant or domain other than the stored one is
   * refused, since they cannot change; the address is the legal business profile's and is not
   * changed here.
   */
  @PutMapping("/organization")
  @AppUserOnly
  @RequiresPermission(PROFILE_EDIT)
  OrganizationProfileJson updateOrganization(
      @AuthenticationPrincipal ApiCaller caller, @RequestBody OrganizationProfileJson body)
      throws BindException {
    OrganizationProfile current = profiles(caller).organization();
    if (body.getTenantId() != null && !sameTenant(body.getTenantId(), current.tenantId())) {
      throw ApiRequestRefused.badInput("tenantId", "api.users.organizationTenantReadOnly");
    }
    if (body.getDomain() != null && !body.getDomain().strip().equalsIgnoreCase(current.domain())) {
      throw ApiRequestRefused.badInput("domain", "api.users.organizationDomainReadOnly");
    }
    OrganizationProfile profile = body.over(current);
    validator.require(profile, "organizationProfile");
    partners.updateOrganizationProfile(caller.partnerId(), profile, caller.actor());
    return organizationOf(caller.partnerId());
  }

  private static boolean sameTenant(String sent, UUID stored) {
    try {
      return UUID.fromString(sent.strip()).equals(stored);
    } catch (IllegalArgumentException notAUuid) {
      return false;
    }
  }

  @GetMapping("/legalbusiness")
  LegalBusinessProfileJson legalBusiness(@AuthenticationPrincipal ApiCaller caller) {
    return LegalBusinessProfileJson.of(profiles(caller).legal(), overview(caller).status());
  }

  /** The caller's own MPN profile; asked by another partner's MPN ID, there is none (404). */
  @GetMapping("/mpn")
  MpnProfileJson mpn(
      @AuthenticationPrincipal ApiCaller caller, @RequestParam(required = false) String mpnId) {
    PartnerOverview partner = overview(caller);
    if (mpnId != null && !mpnId.strip().equals(partner.mpnId())) {
      throw ApiRequestRefused.notFound("api.users.mpnProfileNotFound", mpnId.strip());
    }
    return MpnProfileJson.of(partner);
  }

  @GetMapping("/support")
  SupportProfileJson support(@AuthenticationPrincipal ApiCaller caller) {
    return SupportProfileJson.of(profiles(caller).support());
  }

  @GetMapping("/billing")
  PartnerBillingProfileJson billing(@AuthenticationPrincipal ApiCaller caller) {
    return PartnerBillingProfileJson.of(profiles(caller).billing());
  }

  private OrganizationProfileJson organizationOf(UUID partnerId) {
    PartnerProfiles profiles = partners.findProfiles(partnerId).orElseThrow(this::noProfiles);
    return OrganizationProfileJson.of(
        partnerId, profiles.organization(), profiles.legal().address());
  }

  private PartnerProfiles profiles(ApiCaller caller) {
    return partners.findProfiles(caller.partnerId()).orElseThrow(this::noProfiles);
  }

  private PartnerOverview overview(ApiCaller caller) {
    return partners.findOverview(caller.partnerId()).orElseThrow(this::noProfiles);
  }

  /** A partner that has not submitted its enrollment has no profiles yet. */
  private NotFound noProfiles() {
    return new NotFound("partner.notFound");
  }
}
