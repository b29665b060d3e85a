package cn.xiaoan.demo;

import cn.xiaoan.platform.SignInHold;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the demo data is made at a first start (ADR 0052). In the background
 * ({@code xiaoan.demo.background=true}, the default of a run): the login page serves
 * first and the data is made after, behind the {@link SignInHold} — nobody signs in, no
 * page shows, until all of it is there (one transaction). In line ({@code false}, the
 * tests' choice) the context is not up before the data is; a benchmark's generated
 * province is always made in line.
 */
@Component
class DemoFirstStart implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoFirstStart.class);

	private final DemoData demo;

	private final SignInHold hold;

	private final boolean background;

	private volatile boolean pending;

	DemoFirstStart(DemoData demo, SignInHold hold, @Value("${xiaoan.demo.background:false}") boolean background) {
		this.demo = demo;
		this.hold = hold;
		this.background = background;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!demo.wanted()) {
			return;
		}
		if (background && !demo.generatesScale()) {
			hold.hold();
			pending = true;
			return;
		}
		demo.loadAsOwner();
	}

	/** After the web server serves: the data's making no longer delays the login page. */
	@EventListener(ApplicationReadyEvent.class)
	void loadInBackground() {
		if (!pending) {
			return;
		}
		pending = false;
		Thread loader = new Thread(() -> {
			try {
				demo.loadAsOwner();
			}
			catch (RuntimeException ex) {
				log.error("The demo data could not be made; it is tried again at the next start", ex);
			}
			finally {
				hold.release();
			}
		}, "demo-data");
		loader.start();
	}

}
