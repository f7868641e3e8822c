package cn.csp.portal.partner;

import cn.csp.portal.kernel.Actor;
import java.util.UUID;

/**
 * The check other modules run before a partner user's mutation: the actor is an enabled user of
 * that partner whose stored roles grant the permission. System actors (jobs, provisioning, demo
 * data) are trusted; operators and customer admins never hold partner permissions.
 */
public interface PartnerPermissions {

  /**
   * @throws PermissionDenied when the actor may not
   */
  void require(UUID partnerId, Actor actor, Permission permission);

  /** Whether the actor may: what {@link #require} checks, as an answer rather than a refusal. */
  boolean has(UUID partnerId, Actor actor, Permission permission);
}
