package cn.xiaoan.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.dialect.IDialect;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese by default, English with {@code ?lang=en} (kept in a cookie); one clock for all
 * rules, in the installation's time zone.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final ControlCharacters controlCharacters;

	WebConfiguration(ControlCharacters controlCharacters) {
		this.controlCharacters = controlCharacters;
	}

	/**
	 * Handler lookup by the routes' literal start instead of trying every route (ADR
	 * 0060).
	 */
	@Bean
	static WebMvcRegistrations indexedHandlerMapping() {
		return IndexedHandlerMapping.registration();
	}

	/**
	 * The session cookie of the shared sessions (ADR 0046), as the servlet container's
	 * was: {@code JSESSIONID}, HttpOnly, SameSite=Lax, and Secure on an HTTPS request
	 * (behind a trusted proxy too) or always with {@code xiaoan.secure-cookies}.
	 */
	@Bean
	org.springframework.session.web.http.CookieSerializer cookieSerializer(
			@org.springframework.beans.factory.annotation.Value("${xiaoan.secure-cookies:false}") boolean alwaysSecure) {
		var cookie = new org.springframework.session.web.http.DefaultCookieSerializer();
		cookie.setCookieName("JSESSIONID");
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		if (alwaysSecure) {
			cookie.setUseSecureCookie(true);
		}
		return cookie;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("xiaoan-lang");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(controlCharacters);
	}

	/**
	 * The installation's clock: "today" and every deadline are days of its zone (北京时间).
	 */
	@Bean
	Clock clock(@Value("${" + InstallationTimeZone.PROPERTY + ":" + InstallationTimeZone.BEIJING + "}") String zone) {
		return Clock.system(InstallationTimeZone.of(zone));
	}

	/** {@code #temporals} shows stored instants in the installation's zone, not UTC. */
	@Bean
	IDialect installationTemporals(Clock clock) {
		return new InstallationTemporals.Dialect(clock.getZone());
	}

}
