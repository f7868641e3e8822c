package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.partner.PartnerPermissions;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.partner.RolePermissions;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The server-side check behind every partner user's mutation: the actor is an enabled user of that
 * partner and holds the permission, as stored now (not as the session remembers it). An API
 * application (App-only token) may do what {@link RolePermissions#API_APPLICATION} lists, while it
 * is registered to that partner and not revoked.
 */
@Component
class ActingUsers implements PartnerPermissions {

  private final PartnerUserRepository users;
  private final ApiApplicationRepository applications;

  ActingUsers(PartnerUserRepository users, ApiApplicationRepository applications) {
    this.users = users;
    this.applications = applications;
  }

  @Override
  @Transactional(readOnly = true)
  public void require(UUID partnerId, Actor actor, Permission permission) {
    if (actor.type() == ActorType.API_APPLICATION) {
      if (!applicationMay(partnerId, actor, permission)) {
        throw new PermissionDenied(permission);
      }
    } else if (actor.type() != ActorType.SYSTEM) {
      requireUser(partnerId, actor, permission);
    }
  }

  @Override
  @Transactional(readOnly = true)
  public boolean has(UUID partnerId, Actor actor, Permission permission) {
    switch (actor.type()) {
      case SYSTEM:
        return true;
      case API_APPLICATION:
        return applicationMay(partnerId, actor, permission);
      case PARTNER_USER:
        return users
            .findById(actor.id())
            .filter(u -> u.partnerId().equals(partnerId))
            .filter(u -> u.has(permission))
            .isPresent();
      default:
        return false;
    }
  }

  private boolean applicationMay(UUID partnerId, Actor actor, Permission permission) {
    return RolePermissions.API_APPLICATION.contains(permission)
        && applications
            .findByIdAndPartnerId(actor.id(), partnerId)
            .filter(ApiApplication::active)
            .isPresent();
  }

  /** The acting user, who must hold the permission; system actors are refused here. */
  PartnerUser requireUser(UUID partnerId, Actor actor, Permission permission) {
    if (actor.type() != ActorType.PARTNER_USER) {
      throw new PermissionDenied(permission);
    }
    PartnerUser user =
        users
            .findById(actor.id())
            .filter(u -> u.partnerId().equals(partnerId))
            .orElseThrow(() -> new PermissionDenied(permission));
    if (!user.has(permission)) {
      throw new PermissionDenied(permission);
    }
    return user;
  }
}
