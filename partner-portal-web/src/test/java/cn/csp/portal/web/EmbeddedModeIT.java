package cn.csp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.web.demo.DemoData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's first command on a machine with no database: with no datasource URL the portal
 * starts its own PostgreSQL, migrates it, loads the demo data and reports healthy. (Deliberately
 * not an {@code @IntegrationTest}: that would hand it a database.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=")
class EmbeddedModeIT {

  @Autowired EmbeddedPostgres embeddedPostgres;
  @Autowired PartnerAccounts partners;
  @LocalServerPort int port;

  @Test
  void startsItsOwnPostgresAndLoadsTheDemoData() throws Exception {
    assertThat(embeddedPostgres.getPort()).isPositive();
    assertThat(partners.findSignIn(DemoData.GLOBAL_ADMIN)).isPresent();

    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"}");
  }
}
