package cn.csp.portal.partner;

import cn.csp.portal.kernel.Actor;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The partner module's facade: partners, their profiles and their users. */
public interface PartnerAccounts {

  /**
   * Provisions an active partner with its profiles. Refuses an MPN ID that is already enrolled.
   *
   * @return the new partner's id (the PartnerId GUID)
   */
  UUID createPartner(@Valid NewPartner partner, Actor actor);

  /**
   * Adds a user to a partner. Refuses a sign-in name already used by any partner.
   *
   * @return the new user's id
   */
  UUID addUser(UUID partnerId, @Valid NewPartnerUser user, Actor actor);

  Optional<PartnerOverview> findOverview(UUID partnerId);

  Optional<PartnerProfiles> findProfiles(UUID partnerId);

  Optional<UUID> findPartnerIdByMpnId(String mpnId);

  /** The sign-in record for a (case-insensitive) sign-in name. */
  Optional<PartnerUserSignIn> findSignIn(String email);

  /** How many partners are in each status, for the operator console. */
  Map<PartnerStatus, Long> countPartnersByStatus();
}
