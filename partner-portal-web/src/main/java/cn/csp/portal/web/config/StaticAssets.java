package cn.csp.portal.web.config;

/** The paths of the static files the portal serves (styles, scripts, images, WebJars). */
final class StaticAssets {

  private StaticAssets() {}

  static boolean isAsset(String path) {
    return path.startsWith("/webjars/")
        || path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/images/")
        || path.equals("/favicon.ico");
  }
}
