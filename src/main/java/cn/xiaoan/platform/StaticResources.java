package cn.xiaoan.platform;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, each served under its own prefix (ADR 0038). Boot's default maps
 * {@code /**} to the static locations; with the resource chain on (webjars-locator-lite
 * turns it on), {@code ResourceUrlEncodingFilter} then ran every link a page renders
 * ({@code @{/hazards}}) through the resolvers, each a missed, uncached classloader probe
 * of the nested jar: most of a page's CPU (issue 16). Here a page link matches no
 * handler, so {@code ResourceUrlProvider} leaves it alone after a pattern match; links
 * under these prefixes still resolve, a webjar's to its versioned path. Boot's own
 * mappings are off ({@code spring.web.resources.add-mappings=false}).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	/** What {@code src/main/resources/static} holds, one prefix per folder. */
	static final List<String> PREFIXES = List.of("/css/", "/js/", "/img/", "/education/media/");

	static final String WEBJARS = "/webjars/";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(WEBJARS + "**")
			.addResourceLocations("classpath:/META-INF/resources" + WEBJARS)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		for (String prefix : PREFIXES) {
			registry.addResourceHandler(prefix + "**")
				.addResourceLocations("classpath:/static" + prefix)
				.resourceChain(true);
		}
	}

}
