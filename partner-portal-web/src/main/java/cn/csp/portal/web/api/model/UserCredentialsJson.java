package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The new customer's first admin, in the answer to a create: its sign-in name and its temporary
 * password, which is shown this once and kept only as a hash (so a replayed create answers without
 * it).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserCredentialsJson(String userName, String password) {

  @Override
  public String toString() {
    return "UserCredentialsJson[userName=" + userName + "]";
  }
}
