package io.postgate;

import jakarta.servlet.http.Cookie;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Arrays;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Talks to the API the way the React app does: a session cookie, and the CSRF token read from the
 * XSRF-TOKEN cookie and sent back in the X-XSRF-TOKEN header. Uses the real CSRF filter, unlike
 * spring-security-test's {@code csrf()}, which replaces the token repository.
 */
public final class BrowserSession {

	private final MockMvc mvc;
	private MockHttpSession session = new MockHttpSession();
	private String csrfToken;

	private BrowserSession(MockMvc mvc) throws Exception {
		this.mvc = mvc;
		refreshCsrfToken(mvc.perform(get("/api/me").session(session)).andReturn());
	}

	public static BrowserSession anonymous(MockMvc mvc) throws Exception {
		return new BrowserSession(mvc);
	}

	public static BrowserSession loggedIn(MockMvc mvc, String username) throws Exception {
		return loggedIn(mvc, username, "demo");
	}

	public static BrowserSession loggedIn(MockMvc mvc, String username, String password) throws Exception {
		BrowserSession browser = new BrowserSession(mvc);
		MvcResult login = mvc.perform(post("/api/auth/login").with(browser.csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
				.andReturn();
		if (login.getResponse().getStatus() != 200) {
			throw new IllegalStateException("login of " + username + " failed: " + login.getResponse().getContentAsString());
		}
		browser.session = (MockHttpSession) login.getRequest().getSession(false);
		browser.refreshCsrfToken(login);
		return browser;
	}

	/** The session cookie only: a state-changing request made with this is missing its CSRF token. */
	public RequestPostProcessor session() {
		return request -> {
			request.setSession(session);
			return request;
		};
	}

	/** Session cookie, XSRF-TOKEN cookie and X-XSRF-TOKEN header, as the app sends them. */
	public RequestPostProcessor csrf() {
		return request -> {
			request.setSession(session);
			request.setCookies(new Cookie("XSRF-TOKEN", csrfToken));
			request.addHeader("X-XSRF-TOKEN", csrfToken);
			return request;
		};
	}

	public String sessionId() {
		return session.getId();
	}

	private void refreshCsrfToken(MvcResult result) {
		// As in a browser, the last Set-Cookie wins (login first clears the old token, then issues a new one).
		csrfToken = Arrays.stream(result.getResponse().getCookies())
				.filter(cookie -> cookie.getName().equals("XSRF-TOKEN") && !cookie.getValue().isEmpty())
				.reduce((first, second) -> second)
				.map(Cookie::getValue)
				.orElseThrow(() -> new IllegalStateException("the response issued no XSRF-TOKEN cookie"));
	}
}
