package io.postgate.publishing;

import io.postgate.PostgateIntegrationTest;
import io.postgate.workflow.ApprovalJourney;
import io.postgate.workflow.ApprovalJourney.Draft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.postgate.PostgateApi.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgateIntegrationTest
class PromotionalShareIntegrationTests {

	private static final String EDITOR = "editor1";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApprovalJourney journey;

	/** A week a year or more ahead that no other test schedules into. */
	private static Instant quietWeek() {
		return Instant.now().plus(400 + ThreadLocalRandom.current().nextInt(300), ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
	}

	private static Draft sponsored(Instant at) {
		return new Draft("#ad Paid partnership with Lumen Teaware", "#ad Paid partnership with Lumen Teaware. "
				+ "Their new glass teapot keeps green tea clear and fragrant; we brewed three rounds with it this morning.",
				List.of("weibo"), true, false, at);
	}

	@Test
	void submittingASponsoredPostThatWouldDominateItsWeekReturnsAWarningButSubmits() throws Exception {
		String id = journey.createDraft(EDITOR, sponsored(quietWeek()));

		journey.submit(EDITOR, id).andExpect(status().isOk())
				.andExpect(jsonPath("$.id").value(id))
				.andExpect(jsonPath("$.status").value("SCREENING"))
				.andExpect(jsonPath("$.warnings", hasSize(1)))
				.andExpect(jsonPath("$.warnings[0].code").value("PROMOTIONAL_SHARE"))
				.andExpect(jsonPath("$.warnings[0].details.platform").value("weibo"))
				.andExpect(jsonPath("$.warnings[0].details.share").value(1.0))
				.andExpect(jsonPath("$.warnings[0].details.threshold").value(0.2));
	}

	@Test
	void submittingAPlainPostGivesNoWarning() throws Exception {
		String id = journey.createDraft(EDITOR, Draft.clean("weibo").scheduledAt(quietWeek()));

		journey.submit(EDITOR, id).andExpect(status().isOk()).andExpect(jsonPath("$.warnings", empty()));
	}

	@Test
	void theCalendarShowsAScheduledSponsoredPostsWeekAboveTheThreshold() throws Exception {
		Instant at = quietWeek();
		String id = journey.inReview(EDITOR, sponsored(at)).getBusinessKey();
		journey.decide("reviewer1", id, "user_task_editorial_review", "APPROVE", null);
		journey.decide("legal1", id, "user_task_legal_signoff", "APPROVE", "Disclosure is clear.");
		journey.awaitWaitingAt(id, "timer_wait_for_publish_time");
		Instant weekStart = at.minus(1, ChronoUnit.DAYS);

		mvc.perform(get("/api/calendar/promotional-share").param("from", weekStart.toString())
				.param("to", weekStart.plus(14, ChronoUnit.DAYS).toString()).with(as("compliance1")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.threshold").value(0.2))
				.andExpect(jsonPath("$.weeks", hasSize(1)))
				.andExpect(jsonPath("$.weeks[0].platform").value("weibo"))
				.andExpect(jsonPath("$.weeks[0].weekStart").value(weekStart.toString()))
				.andExpect(jsonPath("$.weeks[0].posts").value(1))
				.andExpect(jsonPath("$.weeks[0].promotional").value(1))
				.andExpect(jsonPath("$.weeks[0].aboveThreshold").value(true));
	}

	@Test
	void aRangeEndingBeforeItStartsIsRefused() throws Exception {
		Instant from = quietWeek();

		mvc.perform(get("/api/calendar/promotional-share").param("from", from.toString())
				.param("to", from.minus(1, ChronoUnit.DAYS).toString()).with(as(EDITOR)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("to:")));
	}

	@Test
	void aRangeOfMoreThanFourteenWeeksIsRefused() throws Exception {
		Instant from = quietWeek();

		mvc.perform(get("/api/calendar/promotional-share").param("from", from.toString())
				.param("to", from.plus(100, ChronoUnit.DAYS).toString()).with(as(EDITOR)))
				.andExpect(status().isBadRequest());
	}

	@Test
	void anonymousCallersAreRefused() throws Exception {
		Instant from = quietWeek();

		mvc.perform(get("/api/calendar/promotional-share").param("from", from.toString())
				.param("to", from.plus(7, ChronoUnit.DAYS).toString()))
				.andExpect(status().isUnauthorized());
	}
}
