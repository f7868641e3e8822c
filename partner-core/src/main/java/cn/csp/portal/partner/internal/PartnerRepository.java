package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.BillablePartner;
import cn.csp.portal.partner.PartnerStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PartnerRepository extends JpaRepository<Partner, UUID> {

  Optional<Partner> findByMpnId(String mpnId);

  boolean existsByMpnId(String mpnId);

  boolean existsByMpnIdAndIdNot(String mpnId, UUID id);

  /** Serialises changes that must see the partner's users as a whole (the last global admin). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from Partner p where p.id = :id")
  Optional<Partner> lockById(UUID id);

  @Query(
      """
      select p from Partner p
      where (:status is null or p.status = :status)
        and (:search = '' or lower(p.companyName) like concat('%', :search, '%')
             or p.mpnId = :search)
      """)
  Page<Partner> search(PartnerStatus status, String search, Pageable page);

  @Query(
      """
      select new cn.csp.portal.partner.BillablePartner(p.id, p.billingDay) from Partner p
      where p.status in :statuses and p.mpnId is not null and p.billingDay is not null
      """)
  List<BillablePartner> findBillable(Collection<PartnerStatus> statuses);

  @Query(value = "select nextval('partner_billable_account_seq')", nativeQuery = true)
  long nextBillableAccountNumber();

  @Query("select p.status as status, count(p) as partners from Partner p group by p.status")
  List<StatusCount> countByStatus();

  interface StatusCount {
    PartnerStatus getStatus();

    long getPartners();
  }
}
