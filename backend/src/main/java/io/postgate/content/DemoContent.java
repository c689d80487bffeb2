package io.postgate.content;

import io.postgate.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A few demo posts for the embedded run, created through the same service as the API: a clean draft,
 * a submitted post that goes to review, a draft with findings, and a brief for lead1.
 */
@Component
@Order(1)
class DemoContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

	private final ContentProperties properties;
	private final ContentRepository items;
	private final Contents contents;
	private final Clock clock;

	DemoContent(ContentProperties properties, ContentRepository items, Contents contents, Clock clock) {
		this.properties = properties;
		this.items = items;
		this.contents = contents;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demoContent() || items.count() > 0) {
			return;
		}
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("editor1", null,
				List.of(new SimpleGrantedAuthority(Role.EDITOR.authority()))));
		try {
			contents.createDraft(new DraftRequest("Slow Sunday mornings", """
					Slow Sunday mornings look like this: a glass teapot, a spoonful of Northwind Jasmine Pearl and ten quiet minutes.

					#tea #jasmine #mornings""", List.of("instagram"), false, false, "Spring 2027", "IMAGE_POST", List.of("lifestyle"), null,
					clock.instant().plus(Duration.ofDays(3))));
			ContentView submitted = contents.createDraft(new DraftRequest("Tasting room opens in Portland", """
					Northwind Tea is opening a tasting room in Portland this spring. Join us on opening day for a free tasting of our spring teas.

					Details: https://northwindtea.example/portland""", List.of("linkedin", "facebook"), false, false, "Spring 2027", "ARTICLE",
					List.of("events"), null, clock.instant().plus(Duration.ofDays(5))));
			contents.submit(submitted.id());
			contents.createDraft(new DraftRequest("春季新品", "我们的茉莉龙珠是全网最好的茶，喝了可以治愈失眠！", List.of("weibo", "xiaohongshu"), false, false,
					"Spring 2027", "IMAGE_POST", List.of(), null, null));
			contents.createBrief(new BriefRequest("Mid-autumn gift boxes", "SHORT_VIDEO", List.of("douyin", "bilibili"),
					clock.instant().plus(Duration.ofDays(10)), "lead1", "Mid-autumn 2027", "Show the three gift boxes; mention delivery dates."));
			log.warn("DEMO SETUP: created demo content for editor1 and a brief for lead1.");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
