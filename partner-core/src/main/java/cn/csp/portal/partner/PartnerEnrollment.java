package cn.csp.portal.partner;

import cn.csp.portal.kernel.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Joining the CSP program (spec 2.3): account creation, the enrollment form, and 21Vianet's review
 * with its credit check. The agreement that follows approval is in {@link Agreements}.
 */
public interface PartnerEnrollment {

  /**
   * Creates the Partner Center account: a partner pending enrollment and its first global admin.
   * Refuses a sign-in name already in use, and a password the policy rejects.
   */
  CreatedAccount createAccount(@Valid NewPartnerAccount account, String ipAddress);

  /**
   * Submits (or, after a rejection, resubmits) the enrollment form. Only a global admin of the
   * partner may submit; refuses an MPN ID another partner holds.
   */
  void submit(UUID partnerId, @Valid EnrollmentForm form, Actor globalAdmin);

  Optional<EnrollmentApplication> find(UUID partnerId);

  /** The operators' queue: applications awaiting a decision first, oldest first. */
  Page<EnrollmentApplication> queue(boolean awaitingDecisionOnly, Pageable page);

  void recordCreditCheck(
      UUID partnerId,
      @NotNull CreditCheckOutcome outcome,
      @Size(max = 1000) String note,
      Actor operator);

  /** Approves an application under review whose credit check passed; the applicant is mailed. */
  void approve(UUID partnerId, Actor operator);

  /** Rejects an application under review with a reason; the applicant is mailed. */
  void reject(UUID partnerId, @NotBlank @Size(max = 1000) String reason, Actor operator);

  /** The new partner and the global admin who signs in to continue enrolling. */
  record CreatedAccount(UUID partnerId, UUID adminUserId, String signInName) {}
}
