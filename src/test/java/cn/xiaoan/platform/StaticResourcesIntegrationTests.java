package cn.xiaoan.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static files are served under their own prefixes, and a page's ordinary links never
 * reach the resource resolvers (issue 16: each was a classloader probe of the jar).
 */
@PlatformTest
class StaticResourcesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	ResourceUrlProvider urls;

	@Test
	void pageLinksNeverReachTheResourceResolvers() {
		AtomicInteger calls = new AtomicInteger();
		List<ResourceHttpRequestHandler> counted = new ArrayList<>();
		ResourceResolver counter = new Counting(calls);
		this.urls.getHandlerMap().values().forEach(handler -> {
			handler.getResourceResolvers().add(0, counter);
			counted.add(handler);
		});
		try {
			for (String link : List.of("/", "/hazards", "/hazards/supervised", "/schools/12", "/warnings/3/targets")) {
				assertThat(this.urls.getForLookupPath(link)).as(link).isNull();
			}
			assertThat(calls).hasValue(0);
			assertThat(this.urls.getForLookupPath("/css/app.css")).isEqualTo("/css/app.css");
			assertThat(this.urls.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css"))
				.matches("/webjars/bootstrap/\\d[^/]*/css/bootstrap\\.min\\.css");
			assertThat(calls).hasValue(2);
		}
		finally {
			counted.forEach(handler -> handler.getResourceResolvers().remove(counter));
		}
	}

	@Test
	void pagesLinkStaticFilesThatAreServed() throws Exception {
		String page = this.mvc.perform(get("/hazards").with(this.demo.as("wz_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String bootstrap = page.replaceAll("(?s).*href=\"(/webjars/bootstrap/[^\"]+)\".*", "$1");
		assertThat(bootstrap).matches("/webjars/bootstrap/\\d[^/]*/css/bootstrap\\.min\\.css");
		assertThat(page).contains("href=\"/css/app.css\"", "src=\"/js/app.js\"");
		this.mvc.perform(get(bootstrap)).andExpect(status().isOk()).andExpect(content().contentType("text/css"));
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		this.mvc.perform(get("/css/app.css")).andExpect(status().isOk()).andExpect(content().contentType("text/css"));
		this.mvc.perform(get("/js/app.js"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", matchesPattern("(text|application)/javascript.*")));
		this.mvc.perform(get("/education/media/fire-escape.svg").with(this.demo.as("student")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")));
		this.mvc.perform(get("/favicon.ico")).andExpect(status().isNotFound());
		this.mvc.perform(get("/no-such-page").with(this.demo.as("wz_safety"))).andExpect(status().isNotFound());
	}

	/** Counts the calls and passes them on. */
	private record Counting(AtomicInteger calls) implements ResourceResolver {

		@Override
		public Resource resolveResource(HttpServletRequest request, String requestPath,
				List<? extends Resource> locations, ResourceResolverChain chain) {
			this.calls.incrementAndGet();
			return chain.resolveResource(request, requestPath, locations);
		}

		@Override
		public String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
				ResourceResolverChain chain) {
			this.calls.incrementAndGet();
			return chain.resolveUrlPath(resourcePath, locations);
		}

	}

}
