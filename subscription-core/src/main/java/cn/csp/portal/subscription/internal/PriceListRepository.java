package cn.csp.portal.subscription.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PriceListRepository extends JpaRepository<PriceListRecord, LocalDate> {

  @EntityGraph(attributePaths = "items")
  List<PriceListRecord> findAllByOrderByMonthDesc();

  @EntityGraph(attributePaths = "items")
  Optional<PriceListRecord> findByMonth(LocalDate month);
}
