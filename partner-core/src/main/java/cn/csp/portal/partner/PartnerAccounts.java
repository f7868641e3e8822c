package cn.csp.portal.partner;

import cn.csp.portal.kernel.Actor;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The partner module's facade: partners, their profiles and their users' sign-in. */
public interface PartnerAccounts {

  /**
   * Provisions an active partner with its profiles, as an operator would after an enrollment
   * completed outside the portal (and as demo data does). Refuses an MPN ID already enrolled.
   *
   * @return the new partner's id (the PartnerId GUID)
   */
  UUID createPartner(@Valid NewPartner partner, Actor actor);

  /**
   * Adds a user with a known initial password (provisioning, demo data). People use {@link
   * PartnerUsers#add}. Refuses a sign-in name already used by anyone.
   *
   * @return the new user's id
   */
  UUID addUser(UUID partnerId, @Valid NewPartnerUser user, Actor actor);

  Optional<PartnerOverview> findOverview(UUID partnerId);

  /** Operators' partner directory: by status and company name (contains) or exact MPN ID. */
  Page<PartnerOverview> searchPartners(PartnerStatus status, String search, Pageable page);

  /**
   * Every partner the billing run bills (active or suspended, with an MPN ID and a billing day), in
   * one query: the billing module computes each one's due date from its billing day.
   */
  List<BillablePartner> billablePartners();

  /** The four profiles; empty until the partner has submitted its enrollment. */
  Optional<PartnerProfiles> findProfiles(UUID partnerId);

  /** Replaces the legal business (partner) profile; needs {@link Permission#PROFILE_EDIT}. */
  void updateLegalProfile(UUID partnerId, @Valid LegalBusinessProfile profile, Actor actor);

  /** Replaces the billing profile; needs {@link Permission#BILLING_PROFILE_EDIT}. */
  void updateBillingProfile(UUID partnerId, @Valid BillingProfile profile, Actor actor);

  /**
   * Updates the organization profile's name, email and languages; needs {@link
   * Permission#PROFILE_EDIT}. The tenant and its domain are the partner's identity and stay.
   */
  void updateOrganizationProfile(UUID partnerId, @Valid OrganizationProfile profile, Actor actor);

  /** Replaces the customer-facing support profile; needs {@link Permission#PROFILE_EDIT}. */
  void updateSupportProfile(UUID partnerId, @Valid SupportProfile profile, Actor actor);

  Optional<UUID> findPartnerIdByMpnId(String mpnId);

  /** The sign-in record for a (case-insensitive) sign-in name. */
  Optional<PartnerUserSignIn> findSignIn(String email);

  /** The same record by user id: what a signed-in session re-checks on every request. */
  Optional<PartnerUserSignIn> findSignIn(UUID userId);

  /**
   * Counts sign-in attempts: failures in a row pause the account's sign-in for a while, a success
   * resets the count. Unknown names are ignored.
   */
  void recordSignInAttempt(String email, boolean succeeded);

  /** How many partners are in each status, for the operator console. */
  Map<PartnerStatus, Long> countPartnersByStatus();
}
