package cn.csp.portal.web.security;

import cn.csp.portal.kernel.Actor;
import java.util.UUID;

/**
 * Whoever works in the admin center: the customer's own admin ({@link CustomerAdminPrincipal}) or a
 * partner user administering on the customer's behalf ({@link OnBehalfPrincipal}). Admin center
 * pages read only this, so every facade call names the customer from the session and is audited as
 * the person who really acts.
 */
public interface AdminCenterPrincipal {

  /** The customer whose admin center this is; never taken from a request. */
  UUID customerId();

  /** Who the facades see and the audit log records: the admin, or the partner user. */
  Actor actor();

  /** True for a partner user acting on behalf of the customer. */
  boolean onBehalf();

  /** The customer's company name. */
  String companyName();

  /** The name the page header shows. */
  String displayName();
}
