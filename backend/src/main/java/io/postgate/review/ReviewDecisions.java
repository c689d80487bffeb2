package io.postgate.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The decision record: every outcome with its comment, finding dispositions and the fingerprint decided on. */
@Service
public class ReviewDecisions {

	private final JdbcClient jdbc;
	private final ObjectMapper json;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReviewDecisions(JdbcClient jdbc, ObjectMapper json, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void record(String contentId, int revision, String actor, ReviewStep step, Outcome outcome, String comment,
			List<Disposition> dispositions, String fingerprint) {
		if (outcome.needsComment() && (comment == null || comment.isBlank())) {
			throw ApiProblem.badRequest("comment: a comment is required to " + outcome.name().toLowerCase().replace('_', ' '));
		}
		for (Disposition disposition : dispositions) {
			if (disposition.disposition() == Disposition.Kind.OVERRIDDEN && (disposition.reason() == null || disposition.reason().isBlank())) {
				throw ApiProblem.badRequest("dispositions: overriding finding " + disposition.ruleId() + " needs a reason");
			}
		}
		jdbc.sql("insert into review_decision (content_id, revision, step, outcome, actor, comment, dispositions, fingerprint, decided_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(contentId, revision, step.name(), outcome.name(), actor, comment, write(dispositions), fingerprint,
						Timestamp.from(clock.instant()))
				.update();
		events.publishEvent(new ReviewDecided(contentId, revision, actor, step, outcome, comment, dispositions, fingerprint));
	}

	public List<Decision> of(String contentId) {
		return jdbc.sql("select revision, step, outcome, actor, comment, dispositions, fingerprint, decided_at from review_decision "
				+ "where content_id = ? order by decided_at, id")
				.param(contentId)
				.query((rs, row) -> new Decision(rs.getInt(1), ReviewStep.valueOf(rs.getString(2)), Outcome.valueOf(rs.getString(3)),
						rs.getString(4), rs.getString(5), read(rs.getString(6)), rs.getString(7), rs.getTimestamp(8).toInstant()))
				.list();
	}

	private String write(List<Disposition> dispositions) {
		try {
			return json.writeValueAsString(dispositions);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private List<Disposition> read(String text) {
		try {
			return json.readValue(text, new TypeReference<List<Disposition>>() {
			});
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	public record Decision(int revision, ReviewStep step, Outcome outcome, String actor, String comment, List<Disposition> dispositions,
			String fingerprint, Instant decidedAt) {
	}
}
