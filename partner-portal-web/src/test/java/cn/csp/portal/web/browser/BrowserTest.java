package cn.csp.portal.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test has: one {@link Chromium} per class, a fresh context (no cookies) and
 * page per test with its console errors collected, and the running portal's address.
 */
abstract class BrowserTest {

  private static Chromium chromium;

  @LocalServerPort int port;
  BrowserContext context;
  Page page;

  /** The page's console errors: a test of pages that should log none asserts this is empty. */
  final List<String> consoleErrors = new ArrayList<>();

  @BeforeAll
  static void launchBrowser() {
    chromium = Chromium.launch();
  }

  @AfterAll
  static void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void openPage() {
    context =
        chromium.browser().newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
    page = context.newPage();
    Chromium.collectConsoleErrors(page, consoleErrors);
  }

  @AfterEach
  void closePage() {
    context.close();
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }
}
