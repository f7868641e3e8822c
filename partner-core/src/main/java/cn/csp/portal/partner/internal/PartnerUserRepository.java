package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.AdminRole;
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
