package io.postgate.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The OpenID Connect provider, when {@code postgate.identity.oidc.enabled} is set. Its endpoints come from the
 * issuer's discovery document, read at start-up: Postgate does not start while the provider is unreachable.
 */
@Configuration
@ConditionalOnProperty(name = "postgate.identity.oidc.enabled", havingValue = "true")
class OidcConfiguration {

	@Bean
	ClientRegistrationRepository clientRegistrationRepository(IdentityProperties properties) {
		IdentityProperties.Oidc oidc = properties.oidc();
		ClientRegistration registration = ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
				.registrationId(OidcSignIn.REGISTRATION_ID)
				.clientId(oidc.clientId())
				.clientSecret(oidc.clientSecret())
				.clientName(oidc.providerName())
				.scope(oidc.scopes())
				.userNameAttributeName(oidc.usernameClaim())
				.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	@Bean
	OidcSignIn oidcSignIn(IdentityProperties properties, UserDirectory directory, ClientRegistrationRepository registrations) {
		return new OidcSignIn(properties.oidc(), directory, registrations);
	}
}
