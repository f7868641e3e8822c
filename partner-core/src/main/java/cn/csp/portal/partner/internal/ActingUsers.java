package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.partner.PartnerPermissions;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.PermissionDenied;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The server-side check behind every partner user's mutation: the actor is an enabled user of that
 * partner and holds the permission, as stored now (not as the session remembers it).
 */
@Component
class ActingUsers implements PartnerPermissions {

  private final PartnerUserRepository users;

  ActingUsers(PartnerUserRepository users) {
    this.users = users;
  }

  @Override
  @Transactional(readOnly = true)
  public void require(UUID partnerId, Actor actor, Permission permission) {
    if (actor.type() != ActorType.SYSTEM) {
      requireUser(partnerId, actor, permission);
    }
  }

  @Override
  @Transactional(readOnly = true)
  public boolean has(UUID partnerId, Actor actor, Permission permission) {
    return actor.type() == ActorType.SYSTEM
        || (actor.type() == ActorType.PARTNER_USER
            && users
                .findById(actor.id())
                .filter(u -> u.partnerId().equals(partnerId))
                .filter(u -> u.has(permission))
                .isPresent());
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
