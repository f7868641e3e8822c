package cn.csp.portal.partner;

import cn.csp.portal.kernel.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * User management (spec 2.8): a partner's users and their two roles. Every change is checked
 * against the acting user's current roles: {@link Permission#USER_MANAGE} for users and agent
 * roles, {@link Permission#ADMIN_ROLE_ASSIGN} (global admins only) for anything that grants, takes
 * away or touches an admin role. The partner always keeps at least one active global admin. There
 * is deliberately no way to reset another user's password (21Vianet rule, spec 2.9).
 */
public interface PartnerUsers {

  /** The partner's users matching {@code search} (name or sign-in name, contains), paged. */
  Page<PartnerUserSummary> list(UUID partnerId, String search, Pageable page);

  Optional<PartnerUserSummary> find(UUID partnerId, UUID userId);

  /**
   * Adds a user with a generated temporary password, which the caller shows once; only its hash is
   * kept. The user must change it at first sign-in.
   */
  AddedUser add(UUID partnerId, @Valid UserInvitation invitation, Actor actor);

  void changeRoles(
      UUID partnerId,
      UUID userId,
      @NotNull AgentRole agentRole,
      @NotNull AdminRole adminRole,
      Actor actor);

  void deactivate(UUID partnerId, UUID userId, Actor actor);

  void reactivate(UUID partnerId, UUID userId, Actor actor);

  void delete(UUID partnerId, UUID userId, Actor actor);

  /**
   * The signed-in user replaces their own password (also the forced change after a temporary one).
   * Refuses a wrong current password and a new one the policy rejects.
   */
  void changeOwnPassword(UUID userId, String currentPassword, String newPassword);

  /** The user just added and the temporary password to show exactly once. */
  record AddedUser(UUID userId, String signInName, String temporaryPassword)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }
}
