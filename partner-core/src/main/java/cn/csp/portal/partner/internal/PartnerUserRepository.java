package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.PartnerUserSignIn;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerUserRepository extends JpaRepository<PartnerUser, UUID> {

  /** Sign-in lookup: the one query that is not partner-scoped, because it finds the partner. */
  Optional<PartnerUser> findByEmail(String normalisedEmail);

  boolean existsByEmail(String normalisedEmail);

  /**
   * The user's sign-in record with its partner's standing, in one statement: a signed-in session
   * re-reads it on every request.
   */
  @Query(SIGN_IN + "where u.id = :userId")
  Optional<PartnerUserSignIn> findSignInById(UUID userId);

  /** The same record by sign-in name; see {@link #findByEmail}. */
  @Query(SIGN_IN + "where u.email = :normalisedEmail")
  Optional<PartnerUserSignIn> findSignInByEmail(String normalisedEmail);

  String SIGN_IN =
      """
      select new cn.csp.portal.partner.PartnerUserSignIn(
          u.id, u.partnerId, u.email, u.fullName, u.passwordHash, u.enabled,
          u.signInThrottle.lockedUntil, u.mustChangePassword, u.agentRole, u.adminRole,
          p.status, p.indirectProvider)
      from PartnerUser u join Partner p on p.id = u.partnerId
      """;

  Optional<PartnerUser> findByIdAndPartnerId(UUID id, UUID partnerId);

  List<PartnerUser> findByPartnerIdAndAdminRoleAndEnabledTrue(UUID partnerId, AdminRole adminRole);

  /** {@code search} is lower case; an empty one matches everyone. */
  @Query(
      """
      select u from PartnerUser u
      where u.partnerId = :partnerId
        and (:search = '' or lower(u.fullName) like concat('%', :search, '%')
             or u.email like concat('%', :search, '%'))
      """)
  Page<PartnerUser> search(UUID partnerId, String search, Pageable page);
}
