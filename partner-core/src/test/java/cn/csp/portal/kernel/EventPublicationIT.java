package cn.csp.portal.kernel;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerRegistered;
import cn.csp.portal.testsupport.IntegrationTest;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Events go through the durable publication registry whose table our own migration creates: the
 * listener sees the event after commit, and the publication is marked complete.
 */
@IntegrationTest
@Import(EventPublicationIT.Listener.class)
class EventPublicationIT {

  @Autowired PartnerAccounts partnerAccounts;
  @Autowired Listener listener;
  @Autowired JdbcClient jdbc;

  @Test
  void publishesAfterCommitAndCompletesThePublication() {
    UUID partnerId = partnerAccounts.createPartner(aPartner(), Actor.system("test"));

    await().atMost(Duration.ofSeconds(10)).until(() -> listener.received().contains(partnerId));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc.sql(
                            """
                        select count(*) from event_publication
                         where event_type = :type and serialized_event like :id
                           and completion_date is not null
                        """)
                        .param("type", PartnerRegistered.class.getName())
                        .param("id", "%" + partnerId + "%")
                        .query(Long.class)
                        .single()
                    == 1L);
    assertThat(listener.received()).contains(partnerId);
  }

  @TestConfiguration
  static class Listener {
    private final Set<UUID> received = ConcurrentHashMap.newKeySet();

    /** Accessed through a method: the bean is an async proxy, whose own fields are empty. */
    Set<UUID> received() {
      return received;
    }

    @ApplicationModuleListener
    void on(PartnerRegistered event) {
      received.add(event.partnerId());
    }
  }
}
