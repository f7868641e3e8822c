package cn.csp.portal.partner;

/** The four profiles a partner keeps under Account settings. */
public record PartnerProfiles(
    LegalBusinessProfile legal,
    BillingProfile billing,
    OrganizationProfile organization,
    SupportProfile support) {}
