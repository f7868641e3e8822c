package cn.csp.portal.partner;

import cn.csp.portal.kernel.Actor;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Whether a partner may transact, and 21Vianet's suspensions and terminations (spec 2.11, 2.15).
 * Modules call {@link #requireMayTransact} before any of the operations a suspended partner may not
 * perform.
 */
public interface PartnerStanding {

  /**
   * Refuses the operation with one clear message unless the partner is active: a suspended partner
   * is told why and how to restore full access (for example, pay outstanding bills).
   *
   * @throws cn.csp.portal.kernel.BusinessRuleViolation when the partner may not do it
   */
  void requireMayTransact(UUID partnerId, RestrictedOperation operation);

  void suspend(
      UUID partnerId,
      @NotNull SuspensionReason reason,
      @NotBlank @Size(max = 1000) String note,
      Actor operator);

  void reinstate(UUID partnerId, @NotBlank @Size(max = 1000) String note, Actor operator);

  void terminate(UUID partnerId, @NotBlank @Size(max = 1000) String note, Actor operator);
}
