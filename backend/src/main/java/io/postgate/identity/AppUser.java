package io.postgate.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

@Entity
@Table(name = "app_user")
class AppUser {

	@Id
	private String username;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	private String locale;

	private boolean enabled;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "external_issuer")
	private String externalIssuer;

	@Column(name = "external_subject")
	private String externalSubject;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_group", joinColumns = @JoinColumn(name = "username"))
	@Column(name = "group_id")
	private Set<String> groups = new HashSet<>();

	protected AppUser() {
	}

	AppUser(String username, String displayName, String passwordHash, String locale, Set<Role> roles, Instant createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.locale = locale;
		this.enabled = true;
		this.createdAt = createdAt;
		assignRoles(roles);
	}

	/** A user of an OpenID Connect provider: no local password can match the empty hash. */
	static AppUser external(String issuer, String subject, String username, String displayName, String locale, Set<Role> roles,
			Instant createdAt) {
		AppUser user = new AppUser(username, displayName, "", locale, roles, createdAt);
		user.externalIssuer = issuer;
		user.externalSubject = subject;
		return user;
	}

	boolean external() {
		return externalIssuer != null;
	}

	boolean isExternal(String issuer, String subject) {
		return issuer.equals(externalIssuer) && subject.equals(externalSubject);
	}

	void rename(String displayName) {
		this.displayName = displayName;
	}

	void changeLocale(String locale) {
		this.locale = locale;
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	void replacePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	Instant createdAt() {
		return createdAt;
	}

	void assignRoles(Set<Role> roles) {
		groups.clear();
		roles.forEach(role -> groups.add(role.groupId()));
	}

	String username() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	boolean enabled() {
		return enabled;
	}

	UserAccount toAccount() {
		Set<Role> roles = groups.stream().map(Role::ofGroup).flatMap(java.util.Optional::stream).collect(Collectors.toSet());
		return new UserAccount(username, displayName, locale, enabled, roles);
	}
}
