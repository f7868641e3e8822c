package cn.csp.portal.partner.internal;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrollmentApplicationRepository extends JpaRepository<EnrollmentApplicationRecord, UUID> {

  /**
   * Undecided applications first, then the oldest submission first; each row is the application and
   * its partner. (Rows, not a projection interface: a JDK proxy cannot see these package-private
   * types.)
   */
  @Query(
      value =
          """
          select a, p
          from EnrollmentApplicationRecord a, Partner p
          where p.id = a.partnerId and (:undecidedOnly = false or a.decision is null)
          order by case when a.decision is null then 0 else 1 end, a.submittedAt
          """,
      countQuery =
          """
          select count(a) from EnrollmentApplicationRecord a
          where :undecidedOnly = false or a.decision is null
          """)
  Page<Object[]> queue(boolean undecidedOnly, Pageable page);
}
