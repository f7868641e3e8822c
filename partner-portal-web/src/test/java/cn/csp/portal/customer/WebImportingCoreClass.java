package cn.csp.portal.customer;

import cn.csp.portal.web.portal.PortalSection;

/**
 * A deliberate violation, for ArchitectureTest only: a class in a core module's package that
 * imports the web module. It lives in test sources, so production rules never see it.
 */
public class WebImportingCoreClass {

  public String wrongWay() {
    return PortalSection.DASHBOARD.path();
  }
}
