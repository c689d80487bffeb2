package io.postgate.publishing;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboundUrlPolicyTests {

	private final OutboundUrlPolicy policy = policyAllowing();

	@Test
	void plainHttpIsRefusedUnlessTheChannelAllowsIt() {
		assertThatThrownBy(() -> policy.check("http://93.184.215.14/hook", false, false)).hasMessageContaining("only https");
		assertThat(policy.check("http://93.184.215.14/hook", true, false)).hasToString("http://93.184.215.14/hook");
		assertThatThrownBy(() -> policy.check("ftp://93.184.215.14/hook", true, false)).hasMessageContaining("only http and https");
	}

	@Test
	void publicAddressesOverHttpsAreAllowed() {
		assertThat(policy.check("https://93.184.215.14/hook", false, false).getHost()).isEqualTo("93.184.215.14");
	}

	@Test
	void loopbackIsRefusedUnlessTheChannelAllowsLoopback() {
		assertThatThrownBy(() -> policy.check("https://127.0.0.1:8443/hook", false, false)).hasMessageContaining("loopback");
		assertThatThrownBy(() -> policy.check("https://[::1]/hook", false, false)).hasMessageContaining("loopback");
		assertThat(policy.check("https://127.0.0.1:8443/hook", false, true).getPort()).isEqualTo(8443);
	}

	@Test
	void metadataLinkLocalAndPrivateAddressesAreRefusedEvenWhenLoopbackIsAllowed() {
		for (String url : List.of("https://169.254.169.254/latest/meta-data", "https://10.1.2.3/", "https://172.16.0.9/",
				"https://192.168.1.1/", "https://100.64.0.1/", "https://0.0.0.0/", "https://[fd00::1]/", "https://[fe80::1]/",
				"https://[::ffff:10.0.0.1]/")) {
			assertThatThrownBy(() -> policy.check(url, true, true)).as(url).hasMessageContaining("non-public address");
		}
	}

	@Test
	void hostsAnAdministratorAllowedInTheConfigurationMayBeNonPublic() {
		OutboundUrlPolicy allowing = policyAllowing("169.254.169.254", "Internal-Hooks.example");
		assertThat(allowing.check("https://169.254.169.254/hook", false, false).getHost()).isEqualTo("169.254.169.254");
		assertThat(allowing.check("https://internal-hooks.example/hook", false, false).getHost()).isEqualTo("internal-hooks.example");
		assertThatThrownBy(() -> allowing.check("http://169.254.169.254/hook", false, false)).as("still https only")
				.hasMessageContaining("only https");
		assertThatThrownBy(() -> allowing.check("https://169.254.170.2/hook", false, false)).hasMessageContaining("non-public address");
	}

	@Test
	void credentialsInTheUrlAndUrlsWithoutHostAreRefused() {
		assertThatThrownBy(() -> policy.check("https://user:pw@93.184.215.14/", false, false)).hasMessageContaining("credentials");
		assertThatThrownBy(() -> policy.check("https:///hook", false, false)).hasMessageContaining("no host");
		assertThatThrownBy(() -> policy.check("not a url", false, false)).hasMessageContaining("not a valid URL");
	}

	private static OutboundUrlPolicy policyAllowing(String... hosts) {
		return new OutboundUrlPolicy(new PublishingProperties(Path.of("outbox"), null, Path.of("key"), List.of(hosts), Duration.ofSeconds(10), 0.20, Path.of("proofs")));
	}
}
