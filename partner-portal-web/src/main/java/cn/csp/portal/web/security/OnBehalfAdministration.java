package cn.csp.portal.web.security;

import cn.csp.portal.customer.CustomerAccount;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerUserSignIn;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.PermissionDenied;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administering on behalf of a customer (AOBO, spec 2.32): a partner user with {@code
 * customer:administer-on-behalf}, whose partner holds delegated admin privileges for the customer,
 * opens the customer's admin center as itself. The admin center's session slot gets an {@link
 * OnBehalfPrincipal}; the partner portal's slot is left as it is, so leaving (or losing the right)
 * ends only the admin center side. Starting and ending are audited.
 */
@Component
public class OnBehalfAdministration {

  private final PartnerAccounts partners;
  private final CustomerDirectory customers;
  private final AuditLog auditLog;
  private final TransactionTemplate transactions;

  OnBehalfAdministration(
      PartnerAccounts partners,
      CustomerDirectory customers,
      AuditLog auditLog,
      TransactionTemplate transactions) {
    this.partners = partners;
    this.customers = customers;
    this.auditLog = auditLog;
    this.transactions = transactions;
  }

  /** The partner portal's Service management page of the customer, where AOBO starts and ends. */
  public static String servicePage(UUID customerId) {
    return "/customers/" + customerId + "/services";
  }

  /**
   * Signs the partner user into the customer's admin center on the customer's behalf.
   *
   * @throws PermissionDenied without {@code customer:administer-on-behalf}
   * @throws NotFound for a customer that is not the partner's
   * @throws BusinessRuleViolation {@code serviceManagement.administer.noDelegatedAdmin} when the
   *     customer removed the partner's delegated admin privileges
   */
  public void start(
      PartnerUserPrincipal user,
      UUID customerId,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (!user.has(Permission.CUSTOMER_ADMINISTER)) {
      throw new PermissionDenied(Permission.CUSTOMER_ADMINISTER);
    }
    CustomerAccount customer =
        customers
            .find(user.partnerId(), customerId)
            .orElseThrow(() -> new NotFound("customer.notFound"));
    if (!customer.delegatedAdmin()) {
      throw new BusinessRuleViolation("serviceManagement.administer.noDelegatedAdmin");
    }
    // the same checks every admin center request repeats, on the stored user
    OnBehalfPrincipal principal =
        new OnBehalfPrincipal(
            currentGrant(user.userId(), customerId)
                .orElseThrow(() -> new PermissionDenied(Permission.CUSTOMER_ADMINISTER)));
    transactions.executeWithoutResult(
        status ->
            auditLog.record(
                AuditEntry.of(principal.actor(), "customer.administerOnBehalf.started")
                    .partner(principal.partnerId())
                    .target("customer", customerId)
                    .build()));
    if (request.getSession(false) != null) {
      // a new right in this session: a new session id, as at any sign-in
      request.changeSessionId();
    }
    SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
    // saved to the admin center's slot only: this request's own (partner) context stays as it is
    PortalAuthentication.customerAdminSessions().saveContext(context, request, response);
  }

  /** Leaves the customer's admin center; the partner portal session goes on. */
  public void exit(OnBehalfPrincipal principal, HttpServletRequest request) {
    end(principal, request, "exit");
  }

  void end(OnBehalfPrincipal principal, HttpServletRequest request, String why) {
    transactions.executeWithoutResult(
        status ->
            auditLog.record(
                AuditEntry.of(principal.actor(), "customer.administerOnBehalf.ended")
                    .partner(principal.partnerId())
                    .target("customer", principal.customerId())
                    .detail("reason", why)
                    .build()));
    PortalAuthentication.endAdminCenterSession(request);
  }

  /**
   * What the on-behalf session may hold now: empty unless the partner user is enabled, its partner
   * is a program member, it holds {@code customer:administer-on-behalf}, and the partner holds
   * delegated admin privileges for the customer.
   */
  Optional<OnBehalfPrincipal.Grant> currentGrant(UUID partnerUserId, UUID customerId) {
    Optional<PartnerUserSignIn> user =
        partners
            .findSignIn(partnerUserId)
            .filter(PartnerUserSignIn::enabled)
            .filter(u -> !u.mustChangePassword())
            .filter(u -> u.partnerStatus().isProgramMember())
            .filter(u -> u.permissions().contains(Permission.CUSTOMER_ADMINISTER));
    if (user.isEmpty()) {
      return Optional.empty();
    }
    UUID partnerId = user.get().partnerId();
    Optional<CustomerAccount> customer =
        customers.find(partnerId, customerId).filter(CustomerAccount::delegatedAdmin);
    if (customer.isEmpty()) {
      return Optional.empty();
    }
    String partnerCompany =
        partners.findOverview(partnerId).map(PartnerOverview::companyName).orElse("");
    return Optional.of(
        new OnBehalfPrincipal.Grant(
            partnerUserId,
            partnerId,
            user.get().email(),
            user.get().fullName(),
            partnerCompany,
            customerId,
            customer.get().companyName()));
  }
}
