package cn.csp.portal.web.api;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.web.security.PermissionHolder;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who calls the {@code /v1} API, resolved from the bearer token on every request. The partner comes
 * from the token, never from the request. An App-only caller is a registered API application of the
 * partner (client credentials); an App+User caller is a partner user's personal API token and acts
 * with that user's current permissions.
 *
 * @param partnerId the partner the token belongs to
 * @param actor the application or the user, as facades audit it
 * @param permissions what the caller may do now
 */
public record ApiCaller(UUID partnerId, Actor actor, Set<Permission> permissions)
    implements PermissionHolder {

  public ApiCaller {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(actor, "actor");
    if (actor.type() != ActorType.API_APPLICATION && actor.type() != ActorType.PARTNER_USER) {
      throw new IllegalArgumentException("An API caller is an application or a partner user");
    }
    permissions = Set.copyOf(permissions);
  }

  /** A client-credentials token of an API application: no user stands behind the call. */
  public boolean appOnly() {
    return actor.type() == ActorType.API_APPLICATION;
  }

  @Override
  public boolean has(Permission permission) {
    return permissions.contains(permission);
  }
}
