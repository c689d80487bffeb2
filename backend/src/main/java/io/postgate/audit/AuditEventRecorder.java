package io.postgate.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postgate.identity.Role;
import io.postgate.identity.UserAccount;
import io.postgate.identity.UserDirectory;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records every domain event of a Postgate module, synchronously, in the publisher's transaction. The
 * event type is the record's simple name; the optional components {@code contentId}, {@code revision},
 * {@code actor}, {@code platform} and {@code platforms} fill the entry's columns, and the whole record is
 * the payload. Without an {@code actor} component the actor is the authenticated user, or "system".
 */
@Component
class AuditEventRecorder {

	private static final String OWN_PACKAGE = AuditEventRecorder.class.getPackageName();

	private final AuditLog log;
	private final UserDirectory users;
	private final ObjectMapper json;

	AuditEventRecorder(AuditLog log, UserDirectory users, ObjectMapper json) {
		this.log = log;
		this.users = users;
		this.json = json;
	}

	@EventListener
	void on(Object published) {
		Object event = published instanceof PayloadApplicationEvent<?> payload ? payload.getPayload() : published;
		if (recordable(event.getClass())) {
			log.append(describe(event));
		}
	}

	static boolean recordable(Class<?> type) {
		String name = type.getPackageName();
		return name.startsWith("io.postgate.") && !name.equals(OWN_PACKAGE) && !name.startsWith(OWN_PACKAGE + ".");
	}

	RecordedEvent describe(Object event) {
		String explicitActor = text(component(event, "actor"));
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean authenticated = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		String actor;
		Set<String> roles;
		if (explicitActor != null && !(authenticated && explicitActor.equals(authentication.getName()))) {
			actor = explicitActor;
			roles = explicitActor.equals(PersonalDataVault.SYSTEM) ? Set.of()
					: users.find(explicitActor).map(UserAccount::roles).orElse(Set.of()).stream().map(Role::name).collect(Collectors.toSet());
		}
		else if (authenticated) {
			actor = authentication.getName();
			roles = roles(authentication);
		}
		else {
			actor = PersonalDataVault.SYSTEM;
			roles = Set.of();
		}
		Object revision = component(event, "revision");
		return new RecordedEvent(event.getClass().getSimpleName(), actor, roles.stream().sorted().collect(Collectors.joining(",")),
				text(component(event, "contentId")), revision instanceof Number number ? number.intValue() : null, platforms(event),
				(ObjectNode) json.valueToTree(event), event.getClass());
	}

	private static Set<String> roles(Authentication authentication) {
		Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
		return Arrays.stream(Role.values()).filter(role -> authorities.contains(role.authority())).map(Role::name).collect(Collectors.toSet());
	}

	private static String platforms(Object event) {
		List<String> platforms = new ArrayList<>();
		Object single = component(event, "platform");
		if (single != null) {
			platforms.add(single.toString());
		}
		Object many = component(event, "platforms");
		if (many instanceof Collection<?> collection) {
			collection.forEach(platform -> platforms.add(String.valueOf(platform)));
		}
		else if (many != null && many.getClass().isArray()) {
			for (int i = 0; i < Array.getLength(many); i++) {
				platforms.add(String.valueOf(Array.get(many, i)));
			}
		}
		return platforms.isEmpty() ? null
				: platforms.stream().map(platform -> platform.toUpperCase(Locale.ROOT)).distinct().collect(Collectors.joining(","));
	}

	/** A typed id such as {@code ContentId(String value)} counts as its single value. */
	private static String text(Object value) {
		if (value != null && value.getClass().isRecord() && value.getClass().getRecordComponents().length == 1) {
			value = read(value, value.getClass().getRecordComponents()[0]);
		}
		return value == null ? null : value.toString();
	}

	private static Object component(Object event, String name) {
		if (!event.getClass().isRecord()) {
			return null;
		}
		for (RecordComponent component : event.getClass().getRecordComponents()) {
			if (component.getName().equals(name)) {
				return read(event, component);
			}
		}
		return null;
	}

	private static Object read(Object record, RecordComponent component) {
		try {
			component.getAccessor().setAccessible(true);
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getName(), e);
		}
	}
}
