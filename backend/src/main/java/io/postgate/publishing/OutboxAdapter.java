package io.postgate.publishing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * The demo setup's channel: writes each rendered post to the outbox table and as a JSON file under
 * {@code <outboxDir>/<platform>/<idempotency key>.json} (colons as underscores). Writing the same key twice keeps one post.
 */
@Component
class OutboxAdapter implements ChannelAdapter {

	private final JdbcClient jdbc;
	private final ObjectMapper json;
	private final PublishingProperties properties;
	private final Clock clock;

	OutboxAdapter(JdbcClient jdbc, ObjectMapper json, PublishingProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Channel.AdapterType type() {
		return Channel.AdapterType.OUTBOX;
	}

	@Override
	public DeliveryReceipt deliver(RenderedPost post, Channel channel) throws DeliveryException {
		Path file = properties.outboxDir().resolve(post.platform()).resolve(post.idempotencyKey().replace(':', '_') + ".json");
		try {
			Files.createDirectories(file.getParent());
			String rendered = json.writerWithDefaultPrettyPrinter().writeValueAsString(post);
			if (!Files.exists(file)) {
				Path temp = Files.createTempFile(file.getParent(), post.idempotencyKey(), ".part");
				Files.writeString(temp, rendered);
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
			}
			boolean recorded = jdbc.sql("select count(*) from outbox_post where idempotency_key = ?").param(post.idempotencyKey())
					.query(Integer.class).single() > 0;
			if (!recorded) {
				jdbc.sql("insert into outbox_post (idempotency_key, platform, content_id, revision, rendered, created_at) values (?, ?, ?, ?, ?, ?)")
						.params(post.idempotencyKey(), post.platform(), post.contentId(), post.revision(), rendered, Timestamp.from(clock.instant()))
						.update();
			}
			return new DeliveryReceipt(post.idempotencyKey(), file.toUri().toString());
		}
		catch (IOException e) {
			throw new DeliveryException("could not write the outbox for " + post.platform() + ": " + e.getMessage(), true, e);
		}
	}
}
