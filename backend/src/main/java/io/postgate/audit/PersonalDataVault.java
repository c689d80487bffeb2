package io.postgate.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps personal data out of the hashed entries. A person is an audit_subject whose id is the commitment
 * SHA-256(salt ":" username); a personal payload value is replaced by "personal:" + SHA-256(salt ":" value)
 * and kept in audit_personal_value. Both can be checked against their commitments while they exist, and
 * erasing a person deletes their rows: the hashed entries, and so the chain, stay as they were.
 */
@Component
class PersonalDataVault {

	static final String SYSTEM = "system";
	static final String ERASED = "[erased]";
	private static final String PREFIX = "personal:";
	private static final Pattern TOKEN = Pattern.compile("^personal:([0-9a-f]{64})$");

	private final JdbcClient jdbc;
	private final AuditProperties.Personal fields;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	PersonalDataVault(JdbcClient jdbc, AuditProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.fields = properties.personal();
		this.clock = clock;
	}

	/** The pseudonymous reference of a user, created on first use; "system" for the system. Call under the chain lock. */
	String subjectRef(String username) {
		if (username == null || username.equals(SYSTEM)) {
			return SYSTEM;
		}
		String normalised = normalise(username);
		return subjectOf(normalised).orElseGet(() -> {
			String salt = salt();
			String subjectId = commitment(salt, normalised);
			jdbc.sql("insert into audit_subject (subject_id, username, salt, created_at) values (?, ?, ?, ?)")
					.params(subjectId, normalised, salt, clock.millis()).update();
			return subjectId;
		});
	}

	Optional<String> subjectOf(String username) {
		return jdbc.sql("select subject_id from audit_subject where username = ?").param(normalise(username)).query(String.class).optional();
	}

	/** Replaces the personal values in {@code payload} (an event of {@code type}) by commitments and stores the values. */
	String protect(long sequence, ObjectNode payload, Class<?> type, String actor) {
		protectNode(sequence, payload, type, actor);
		return payload.toString();
	}

	private void protectNode(long sequence, JsonNode node, Class<?> type, String owner) {
		if (node instanceof ArrayNode array) {
			array.forEach(element -> protectNode(sequence, element, null, owner));
			return;
		}
		if (!(node instanceof ObjectNode object)) {
			return;
		}
		String localOwner = owner;
		for (String name : fields.usernameFields()) {
			if (object.get(name) instanceof TextNode text) {
				localOwner = text.asText();
				break;
			}
		}
		Iterator<Map.Entry<String, JsonNode>> properties = object.fields();
		while (properties.hasNext()) {
			Map.Entry<String, JsonNode> property = properties.next();
			String name = property.getKey();
			JsonNode value = property.getValue();
			if (value instanceof TextNode text && fields.usernameFields().contains(name)) {
				property.setValue(TextNode.valueOf(store(sequence, text.asText(), text.asText())));
			}
			else if (value.isValueNode() && !value.isNull() && (fields.attributeFields().contains(name) || annotated(type, name))) {
				property.setValue(TextNode.valueOf(store(sequence, value.asText(), localOwner)));
			}
			else if (value.isContainerNode()) {
				protectNode(sequence, value, componentType(type, name), localOwner);
			}
		}
	}

	private String store(long sequence, String value, String owner) {
		String subjectId = owner == null || owner.equals(SYSTEM) ? null : subjectRef(owner);
		String salt = salt();
		String token = commitment(salt, value);
		jdbc.sql("insert into audit_personal_value (token, subject_id, sequence_no, salt, personal_value) values (?, ?, ?, ?, ?)")
				.params(token, subjectId, sequence, salt, value).update();
		return PREFIX + token;
	}

	/** Usernames of the given subject references and the values behind the personal tokens in the given entries. */
	Resolver resolver(Collection<StoredEntry> entries) {
		Map<String, String> usernames = new HashMap<>();
		Map<String, String> values = new HashMap<>();
		List<String> refs = entries.stream().map(StoredEntry::actorRef).filter(ref -> !ref.equals(SYSTEM)).distinct().toList();
		for (int i = 0; i < refs.size(); i += 500) {
			jdbc.sql("select subject_id, username from audit_subject where subject_id in (:ids)").param("ids", refs.subList(i, Math.min(refs.size(), i + 500)))
					.query((rs, row) -> usernames.put(rs.getString(1), rs.getString(2))).list();
		}
		long first = entries.stream().mapToLong(StoredEntry::sequence).min().orElse(0);
		long last = entries.stream().mapToLong(StoredEntry::sequence).max().orElse(-1);
		Set<Long> wanted = entries.stream().map(StoredEntry::sequence).collect(java.util.stream.Collectors.toSet());
		if (first <= last) {
			jdbc.sql("select token, sequence_no, personal_value from audit_personal_value where sequence_no between ? and ?").params(first, last)
					.query((rs, row) -> wanted.contains(rs.getLong(2)) ? values.put(rs.getString(1), rs.getString(3)) : null).list();
		}
		return new Resolver(usernames, values);
	}

	int countValues(String subjectId) {
		return jdbc.sql("select count(*) from audit_personal_value where subject_id = ?").param(subjectId).query(Integer.class).single();
	}

	/** Deletes everything personal about {@code username}; returns how many personal values went, or empty if unknown. */
	Optional<Integer> erase(String username) {
		return subjectOf(username).map(subjectId -> {
			int values = jdbc.sql("delete from audit_personal_value where subject_id = ?").param(subjectId).update();
			jdbc.sql("delete from audit_subject where subject_id = ?").param(subjectId).update();
			return values;
		});
	}

	/** The first stored subject or personal value that no longer matches its commitment, described. */
	Optional<String> firstAlteredValue() {
		Optional<String> subject = jdbc.sql("select subject_id, username, salt from audit_subject")
				.query((rs, row) -> commitment(rs.getString(3), rs.getString(2)).equals(rs.getString(1)) ? null
						: "the person behind pseudonym " + rs.getString(1) + " was altered")
				.list().stream().filter(java.util.Objects::nonNull).findFirst();
		if (subject.isPresent()) {
			return subject;
		}
		return jdbc.sql("select token, sequence_no, salt, personal_value from audit_personal_value order by sequence_no")
				.query((rs, row) -> commitment(rs.getString(3), rs.getString(4)).equals(rs.getString(1)) ? null
						: "a personal value of entry " + rs.getLong(2) + " was altered")
				.list().stream().filter(java.util.Objects::nonNull).findFirst();
	}

	static String commitment(String salt, String value) {
		return EntryHash.sha256((salt + ":" + value).getBytes(StandardCharsets.UTF_8));
	}

	private String salt() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static String normalise(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	private static boolean annotated(Class<?> type, String name) {
		return component(type, name).map(component -> component.isAnnotationPresent(PersonalData.class)).orElse(false);
	}

	private static Class<?> componentType(Class<?> type, String name) {
		return component(type, name).map(RecordComponent::getType).filter(Class::isRecord).orElse(null);
	}

	private static Optional<RecordComponent> component(Class<?> type, String name) {
		if (type == null || !type.isRecord()) {
			return Optional.empty();
		}
		for (RecordComponent component : type.getRecordComponents()) {
			if (component.getName().equals(name)) {
				return Optional.of(component);
			}
		}
		return Optional.empty();
	}

	/** Turns stored references back into what they stand for, or "[erased]" once the person was erased. */
	record Resolver(Map<String, String> usernames, Map<String, String> values) {

		String actor(String actorRef) {
			return actorRef.equals(SYSTEM) ? SYSTEM : usernames.getOrDefault(actorRef, ERASED);
		}

		JsonNode payload(JsonNode stored) {
			JsonNode copy = stored.deepCopy();
			resolve(copy);
			return copy;
		}

		private void resolve(JsonNode node) {
			if (node instanceof ArrayNode array) {
				for (int i = 0; i < array.size(); i++) {
					if (array.get(i) instanceof TextNode text) {
						array.set(i, resolved(text));
					}
					else {
						resolve(array.get(i));
					}
				}
			}
			else if (node instanceof ObjectNode object) {
				object.fields().forEachRemaining(property -> {
					if (property.getValue() instanceof TextNode text) {
						property.setValue(resolved(text));
					}
					else {
						resolve(property.getValue());
					}
				});
			}
		}

		private JsonNode resolved(TextNode text) {
			Matcher matcher = TOKEN.matcher(text.asText());
			return matcher.matches() ? TextNode.valueOf(values.getOrDefault(matcher.group(1), ERASED)) : text;
		}
	}
}
