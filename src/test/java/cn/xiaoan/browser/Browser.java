package cn.xiaoan.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by chromedriver, with screenshots under
 * target/screenshots.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	public final ChromeDriver driver;

	private final String base;

	public static boolean available() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	public Browser(int port, int width, int height) throws IOException {
		this.base = "http://localhost:" + port;
		ChromeDriver idle = Pool.take();
		this.driver = idle != null ? idle : start();
		driver.manage().window().setSize(new Dimension(width, height));
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	private static ChromeDriver start() throws IOException {
		Path profile = Files.createTempDirectory("xa-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--lang=zh-CN", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	public Browser open(String path) {
		driver.get(base + path);
		return this;
	}

	public Browser login(String username, String password) {
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		waitFor(d -> !d.getCurrentUrl().contains("/login")
				&& "complete".equals(d.executeScript("return document.readyState")));
		return this;
	}

	/**
	 * The matching elements on the page as it is, without the implicit wait: for checking
	 * that something is absent, which would otherwise wait out the five seconds each
	 * time.
	 */
	public java.util.List<WebElement> present(By by) {
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		try {
			return driver.findElements(by);
		}
		finally {
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		}
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	/**
	 * The element, scrolled into the middle of the viewport (instantly: Bootstrap's
	 * smooth scrolling would make a click miss) so a click reaches it on a phone.
	 */
	public WebElement scrollTo(String css) {
		WebElement element = find(css);
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		return element;
	}

	public Browser click(String css) {
		scrollTo(css).click();
		return this;
	}

	/**
	 * Clicks a button that sends a form and waits until the next page has replaced this
	 * one.
	 */
	public void submit(String css) {
		WebElement element = scrollTo(css);
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> gone(element));
	}

	/**
	 * Whether the element has left the page. While the next page replaces this one,
	 * Chromium may answer "Node with given id does not belong to the document" instead of
	 * a stale element: that is gone too.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException ex) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * Follows a menu link as a user would: opens the collapsed menu on a phone and the
	 * link's group dropdown first when it is in one.
	 */
	public void menu(String href) {
		String css = "#xa-nav a[href='" + href + "']";
		WebElement toggler = find(".navbar-toggler");
		if (toggler.isDisplayed() && !find("#xa-nav").isDisplayed()) {
			toggler.click();
			// the collapse animates its height; links inside count as hidden until it has
			// finished
			waitFor(d -> d.findElement(By.cssSelector("#xa-nav")).getAttribute("class").contains("show"));
		}
		WebElement link = find(css);
		if (!link.isDisplayed() && Boolean.TRUE
			.equals(driver.executeScript("return arguments[0].closest('li.dropdown') !== null", link))) {
			link.findElement(By.xpath("ancestor::li[contains(@class,'dropdown')]/a[@data-bs-toggle='dropdown']"))
				.click();
			waitFor(d -> d.findElement(By.cssSelector(css)).isDisplayed());
		}
		submit(css);
	}

	public String text() {
		for (int attempt = 0;; attempt++) {
			try {
				return driver.findElement(By.tagName("body")).getText();
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	public void waitFor(java.util.function.Function<ChromeDriver, Boolean> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.apply((ChromeDriver) d));
	}

	/**
	 * Turns the page's network off or on (DevTools), as a phone losing and finding its
	 * signal.
	 */
	public void offline(boolean offline) {
		driver.executeCdpCommand("Network.enable", java.util.Map.of());
		driver.executeCdpCommand("Network.emulateNetworkConditions",
				java.util.Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
	}

	public Path screenshot(String name) throws IOException {
		File shot = driver.getScreenshotAs(OutputType.FILE);
		Path target = Path.of("target/screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		return target;
	}

	/**
	 * Hands the browser back for the next test, as a fresh one: signed out (no cookies),
	 * online, with nothing stored for the origin it served and one blank tab. Starting
	 * Chromium and its driver took 1.5–2 s, some 220 times a suite. A browser that cannot
	 * be reset (an alert left open, a crashed tab) is quit instead.
	 */
	@Override
	public void close() {
		try {
			driver.executeCdpCommand("Network.enable", java.util.Map.of());
			driver.executeCdpCommand("Network.emulateNetworkConditions",
					java.util.Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
			driver.executeCdpCommand("Network.disable", java.util.Map.of());
			driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
			driver.executeCdpCommand("Storage.clearDataForOrigin",
					java.util.Map.of("origin", base, "storageTypes", "all"));
			String first = driver.getWindowHandles().iterator().next();
			for (String handle : driver.getWindowHandles()) {
				if (!handle.equals(first)) {
					driver.switchTo().window(handle).close();
				}
			}
			driver.switchTo().window(first).get("about:blank");
			Pool.giveBack(driver);
		}
		catch (RuntimeException ex) {
			driver.quit();
		}
	}

	/** Idle browsers, quit when the test JVM exits. */
	private static final class Pool {

		private static final int MAX_IDLE = 3;

		private static final java.util.Deque<ChromeDriver> IDLE = new java.util.ArrayDeque<>();

		static {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				synchronized (IDLE) {
					IDLE.forEach(Pool::quietlyQuit);
					IDLE.clear();
				}
			}));
		}

		static ChromeDriver take() {
			synchronized (IDLE) {
				return IDLE.pollFirst();
			}
		}

		static void giveBack(ChromeDriver driver) {
			synchronized (IDLE) {
				if (IDLE.size() < MAX_IDLE) {
					IDLE.addFirst(driver);
					return;
				}
			}
			quietlyQuit(driver);
		}

		private static void quietlyQuit(ChromeDriver driver) {
			try {
				driver.quit();
			}
			catch (RuntimeException ex) {
				// already gone
			}
		}

	}

}
