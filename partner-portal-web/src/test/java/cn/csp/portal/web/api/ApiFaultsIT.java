package cn.csp.portal.web.api;

import static cn.csp.portal.testsupport.PartnerFixtures.aPartner;
import static cn.csp.portal.testsupport.PartnerFixtures.aUser;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.NewPartnerUser;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.testsupport.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The faults every {@code /v1} route shares: JSON bodies, only statuses the SDK handles. */
@IntegrationTest
@AutoConfigureMockMvc
class ApiFaultsIT {

  @Autowired MockMvc mvc;
  @Autowired PartnerAccounts partners;

  private String admin;

  @BeforeEach
  void partner() {
    UUID partnerId = partners.createPartner(aPartner(), Actor.system("test"));
    NewPartnerUser user = aUser(AgentRole.ADMIN_AGENT, AdminRole.GLOBAL_ADMIN);
    partners.addUser(partnerId, user, Actor.system("test"));
    admin = user.email();
  }

  @Test
  void noTokenIsA401FaultEchoingTheRequestIdsNeverARedirect() throws Exception {
    mvc.perform(
            get("/v1/customers")
                .header("MS-RequestId", "cb516328-3687-4265-a729-86bc3f207ae3")
                .header("MS-CorrelationId", "f95b8bc1-a333-439c-9a1d-64e6fcc8a989")
                .header("X-Locale", "en-US")
                .accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(header().string("MS-RequestId", "cb516328-3687-4265-a729-86bc3f207ae3"))
        .andExpect(header().string("MS-CorrelationId", "f95b8bc1-a333-439c-9a1d-64e6fcc8a989"))
        .andExpect(jsonPath("$.code").value(ApiFaultCodes.UNAUTHORIZED))
        .andExpect(jsonPath("$.source").value("PartnerFD"))
        .andExpect(
            jsonPath("$.description").value(org.hamcrest.Matchers.startsWith("The request")));
  }

  @Test
  void unknownRouteIsA404FaultInTheRequestedLanguage() throws Exception {
    mvc.perform(
            get("/v1/no-such-resource")
                .with(ApiTestCallers.asUser(partners, admin))
                .header("X-Locale", "ru-RU"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value(ApiFaultCodes.ROUTE_NOT_FOUND))
        .andExpect(jsonPath("$.description").value("Такого ресурса API нет."));
  }

  @Test
  void unsupportedMethodAndMediaTypeAre400NotTheirUsualStatuses() throws Exception {
    mvc.perform(put("/v1/no-such-resource").with(ApiTestCallers.asUser(partners, admin)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/v1/no-such-resource")
                .with(ApiTestCallers.asUser(partners, admin))
                .contentType(MediaType.TEXT_PLAIN)
                .content("x"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").exists());
  }

  @Test
  void theOpenApiDescriptionIsPublicAndNamesBothWaysToAuthenticate() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.components.securitySchemes.appOnly.flows.clientCredentials.tokenUrl")
                .value("/oauth2/token"))
        .andExpect(jsonPath("$.components.securitySchemes.personalToken.scheme").value("bearer"));
    mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
  }
}
