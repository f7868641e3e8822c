package cn.csp.portal.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /v1} (springdoc: {@code /v3/api-docs}, browsable at {@code
 * /swagger-ui/index.html}), with the two ways to authenticate: an API application's client
 * credentials at {@code /oauth2/token} (App-only), or a personal API token (App+User).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

  static final String APP_ONLY = "appOnly";
  static final String APP_USER = "personalToken";

  @Bean
  OpenAPI partnerCenterApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Partner Center operated by 21Vianet: REST API v1")
                .version("v1")
                .description(
                    """
                    The Partner Center REST API as the official Partner Center SDKs speak it: \
                    point an existing client at this portal's address and it works unchanged.

                    **Authentication.** A global admin registers an API application under \
                    Account settings > App management and gets a client id and a secret (shown \
                    once). `POST /oauth2/token` with `grant_type=client_credentials` and those \
                    credentials (HTTP Basic or form fields) returns an App-only bearer token \
                    valid for 60 minutes. A partner user can instead create a personal API token \
                    (Account settings > My API tokens): it acts as that user (App+User) and is \
                    required by the operations Partner Center supports only with App+User \
                    authentication. Send either as `Authorization: Bearer <token>`.

                    **Errors** are `ApiFault` JSON with status 400, 401, 403, 404 or 409 only; \
                    `MS-RequestId` makes creates idempotent and is echoed with \
                    `MS-CorrelationId`; `X-Locale` selects the language of messages.\
                    """))
        .addServersItem(new Server().url("/").description("This portal"))
        .components(
            new Components()
                .addSecuritySchemes(
                    APP_ONLY,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .description("API application: client credentials (App-only)")
                        .flows(
                            new OAuthFlows()
                                .clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token"))))
                .addSecuritySchemes(
                    APP_USER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("Personal API token of a partner user (App+User)")))
        .addSecurityItem(new SecurityRequirement().addList(APP_ONLY))
        .addSecurityItem(new SecurityRequirement().addList(APP_USER));
  }
}
