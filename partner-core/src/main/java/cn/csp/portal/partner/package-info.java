/**
 * Partner accounts: the partner (tenant) and its profiles, its users with their two role axes and
 * the permissions those roles grant, and the 21Vianet operator accounts that administer the
 * program.
 *
 * <p>This package is the module's API: the facades {@link cn.csp.portal.partner.PartnerAccounts}
 * and {@link cn.csp.portal.partner.OperatorAccounts}, the records they take and return, and the
 * events they publish. Everything in {@code internal} is private to the module.
 */
package cn.csp.portal.partner;
