package io.postgate.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the recorder learned from a domain event, ready to be appended. */
record RecordedEvent(String eventType, String actor, String actorRoles, String contentId, Integer revision, String platforms,
		ObjectNode payload, Class<?> payloadType) {
}
