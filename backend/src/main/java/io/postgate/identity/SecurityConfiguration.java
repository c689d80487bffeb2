package io.postgate.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Every API call is authenticated: a session cookie for the React app (with a CSRF token in the
 * XSRF-TOKEN cookie, echoed in the X-XSRF-TOKEN header), HTTP Basic for API clients. Requests that
 * carry HTTP Basic credentials are not CSRF-checked: a browser only sends those when told to, and
 * Postgate never asks a browser for them. With local login off there is no HTTP Basic, and so no
 * such exception either. The session comes from the password login or from the OpenID Connect provider.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProblems problems, CsrfTokenRepository csrfTokens,
			LoginThrottle throttle, IdentityProperties properties, ObjectProvider<OidcSignIn> oidcSignIn, UserDirectory directory,
			SecurityContextRepository contexts) throws Exception {
		http
				.authorizeHttpRequests(requests -> requests
						.requestMatchers("/api/auth/login", "/api/auth/config").permitAll()
						.requestMatchers("/api/admin/freeze").hasAnyRole(Role.ADMIN.name(), Role.COMPLIANCE.name())
						.requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
						.requestMatchers("/api/audit/**").hasAnyRole(Role.COMPLIANCE.name(), Role.ADMIN.name())
						.requestMatchers("/api/rules", "/api/rules/**").hasAnyRole(Role.COMPLIANCE.name(), Role.ADMIN.name())
						.requestMatchers("/api/**").authenticated()
						.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
						.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
						.anyRequest().permitAll())
				.csrf(csrf -> {
					csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler());
					if (properties.localLoginEnabled()) {
						csrf.ignoringRequestMatchers(SecurityConfiguration::carriesBasicCredentials);
					}
				})
				.addFilterAfter(new SessionAccountCheck(directory, problems, contexts), BasicAuthenticationFilter.class)
				.addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
				.formLogin(form -> form.disable())
				.logout(logout -> logout.disable())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
				.requestCache(cache -> cache.disable())
				.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.frameOptions(frame -> frame.deny())
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		if (properties.localLoginEnabled()) {
			http.addFilterBefore(new BasicLoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
					.httpBasic(basic -> basic.authenticationEntryPoint(problems));
		}
		else {
			http.httpBasic(basic -> basic.disable());
		}
		OidcSignIn sso = oidcSignIn.getIfAvailable();
		if (sso != null) {
			http.oauth2Login(sso::configure);
		}
		return http.build();
	}

	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/"));
		return repository;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
		provider.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return manager;
	}

	static boolean carriesBasicCredentials(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

	/** Loads the deferred CSRF token on every request so the XSRF-TOKEN cookie is always present for the SPA. */
	private static final class CsrfCookieFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			if (token != null) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}
	}
}
