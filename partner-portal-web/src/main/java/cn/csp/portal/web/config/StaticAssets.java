package cn.csp.portal.web.config;

import java.util.List;
import java.util.stream.Stream;

/**
 * The paths of the static files the portal serves (styles, scripts, images, WebJars): open to
 * everyone, logged at debug level only, never queued behind pages.
 */
public final class StaticAssets {

  private static final List<String> FOLDERS = List.of("/webjars/", "/css/", "/js/", "/images/");
  private static final String FAVICON = "/favicon.ico";

  private StaticAssets() {}

  public static boolean isAsset(String path) {
    return path.equals(FAVICON) || FOLDERS.stream().anyMatch(path::startsWith);
  }

  /** The same paths as request-matcher patterns. */
  static Stream<String> patterns() {
    return Stream.concat(FOLDERS.stream().map(folder -> folder + "**"), Stream.of(FAVICON));
  }
}
