package io.postgate.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Component
class PreferenceStore {

	private final JdbcClient jdbc;

	PreferenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Preferences of(String username) {
		return jdbc.sql("select delivery, email from notification_preference where username = ?").param(username)
				.query((rs, row) -> new Preferences(Delivery.valueOf(rs.getString("delivery")), rs.getString("email")))
				.optional().orElse(Preferences.DEFAULT);
	}

	void save(String username, Preferences preferences) {
		int updated = jdbc.sql("update notification_preference set delivery = ?, email = ? where username = ?")
				.params(preferences.delivery().name(), preferences.email(), username).update();
		if (updated == 0) {
			jdbc.sql("insert into notification_preference (username, delivery, email) values (?, ?, ?)")
					.params(username, preferences.delivery().name(), preferences.email()).update();
		}
	}

	Map<String, String> digestAddresses() {
		List<Map.Entry<String, String>> rows = jdbc.sql("select username, email from notification_preference where delivery = ? and email is not null")
				.param(Delivery.DAILY_DIGEST.name()).query((rs, row) -> Map.entry(rs.getString("username"), rs.getString("email"))).list();
		return rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
