package cn.csp.portal.customer.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerAdminUserRepository extends JpaRepository<CustomerAdminUser, UUID> {

  Optional<CustomerAdminUser> findByEmail(String normalisedEmail);
}
