package id.kinerja.systemtests;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Headless Debian Chromium driven by Playwright, one fresh context (no cookies) per test. */
final class Browser implements AutoCloseable {

  private static final String WAIT_FOR_VAADIN =
      "() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
          + " && Object.values(window.Vaadin.Flow.clients).length"
          + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))";

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser chromium;
  final BrowserContext context;
  final Page page;

  Browser() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    chromium =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
    context =
        chromium.newContext(
            new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-US"));
    context.setDefaultTimeout(30_000);
    page = context.newPage();
  }

  /** Opens a portal page and waits until Vaadin has settled. */
  Page open(String url) {
    page.navigate(url);
    settle();
    return page;
  }

  /** Waits until Vaadin has no request in flight. */
  void settle() {
    page.waitForFunction(WAIT_FOR_VAADIN);
  }

  /** Opens the region's portal, logs in on its Keycloak page and waits for the portal's home. */
  Page login(String portalUrl, String username, String password) {
    page.navigate(portalUrl);
    page.waitForSelector("#username");
    page.fill("#username", username);
    page.fill("#password", password);
    page.click("#kc-login");
    page.waitForURL(url -> url.startsWith(portalUrl));
    settle();
    return page;
  }

  /**
   * Opens a Vaadin select by its id, waits until its overlay has opened, and picks the item with
   * this text (unless the select shows it already). Items are matched by their option role: a
   * select's value button shows a copy of its chosen item, which is no option.
   */
  void choose(String selectId, String itemText) {
    Locator select = page.locator("#" + selectId);
    if (select.locator("vaadin-select-value-button").innerText().strip().equals(itemText)) {
      return;
    }
    select.click();
    page.waitForSelector("vaadin-select-overlay[opened]:not([opening])");
    page.locator("vaadin-select-item[role=option]:visible")
        .filter(new Locator.FilterOptions().setHasText(itemText))
        .first()
        .click();
    settle();
  }

  @Override
  public void close() {
    context.close();
    chromium.close();
    playwright.close();
  }
}
