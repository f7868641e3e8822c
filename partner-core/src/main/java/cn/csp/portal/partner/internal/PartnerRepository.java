package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.PartnerStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerRepository extends JpaRepository<Partner, UUID> {

  Optional<Partner> findByMpnId(String mpnId);

  boolean existsByMpnId(String mpnId);

  @Query(value = "select nextval('partner_billable_account_seq')", nativeQuery = true)
  long nextBillableAccountNumber();

  @Query("select p.status as status, count(p) as partners from Partner p group by p.status")
  List<StatusCount> countByStatus();

  interface StatusCount {
    PartnerStatus getStatus();

    long getPartners();
  }
}
