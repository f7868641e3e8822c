package cn.csp.portal.web.account;

import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.AgentRole;
import cn.csp.portal.partner.UserInvitation;

/** "Add user": full name, work email and the two roles; the rules are those of UserInvitation. */
public class UserForm {

  private String fullName;
  private String email;
  private AgentRole agentRole = AgentRole.NONE;
  private AdminRole adminRole = AdminRole.NO_ADMIN;

  UserInvitation toCommand() {
    return new UserInvitation(fullName, email, agentRole, adminRole);
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public AgentRole getAgentRole() {
    return agentRole;
  }

  public void setAgentRole(AgentRole agentRole) {
    this.agentRole = agentRole;
  }

  public AdminRole getAdminRole() {
    return adminRole;
  }

  public void setAdminRole(AdminRole adminRole) {
    this.adminRole = adminRole;
  }
}
