package cn.csp.portal.customer;

/**
 * The link an indirect reseller sends its customers (spec 2.27): its provider's invitation, marked
 * with the reseller's MPN ID so that accepting it gives both of them a relationship.
 *
 * @param path the link's path, e.g. {@code /admin-center/invitations/<token>?reseller=<mpnId>}
 */
public record ProviderInvitation(String providerCompanyName, String providerMpnId, String path) {}
