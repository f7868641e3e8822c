package cn.csp.portal.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}, or {@code -Dportal.chromium=...}) driven
 * by Playwright, which never downloads a browser of its own. One per test class: launch it in
 * {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
final class Chromium implements AutoCloseable {

  private static final String EXECUTABLE =
      System.getProperty("portal.chromium", "/usr/bin/chromium");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  static Chromium launch() {
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(EXECUTABLE))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
    return new Chromium(playwright, browser);
  }

  Browser browser() {
    return browser;
  }

  /**
   * Collects the page's console errors (a Content-Security-Policy violation shows as one), but for
   * the browser's own favicon request: the portal has none.
   */
  static void collectConsoleErrors(Page page, List<String> errors) {
    page.onConsoleMessage(
        message -> {
          if ("error".equals(message.type()) && !message.location().contains("/favicon.ico")) {
            errors.add(message.text() + " at " + message.location());
          }
        });
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
