package cn.csp.portal.kernel;

import java.util.Objects;
import java.util.UUID;

/**
 * Who performs an operation. Facades take it explicitly so every mutation can be audited without
 * reaching into the web layer's security context.
 *
 * @param type the kind of principal
 * @param id the principal's id; {@code null} only for {@link ActorType#SYSTEM}
 * @param name a human-readable name (sign-in name or job name) kept in the audit log as it was
 */
public record Actor(ActorType type, UUID id, String name) {

  public Actor {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    if (id == null && type != ActorType.SYSTEM) {
      throw new IllegalArgumentException("Only the system actor may have no id");
    }
  }

  public static Actor system(String jobName) {
    return new Actor(ActorType.SYSTEM, null, jobName);
  }

  public static Actor partnerUser(UUID userId, String signInName) {
    return new Actor(ActorType.PARTNER_USER, userId, signInName);
  }

  public static Actor operator(UUID operatorId, String signInName) {
    return new Actor(ActorType.OPERATOR, operatorId, signInName);
  }

  /** A partner's registered API application calling with an App-only token. */
  public static Actor apiApplication(UUID applicationId, String clientId) {
    return new Actor(ActorType.API_APPLICATION, applicationId, clientId);
  }

  public static Actor customerAdmin(UUID adminId, String signInName) {
    return new Actor(ActorType.CUSTOMER_ADMIN, adminId, signInName);
  }
}
