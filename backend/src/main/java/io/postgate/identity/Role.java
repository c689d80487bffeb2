package io.postgate.identity;

import java.util.Arrays;
import java.util.Optional;

/** A Postgate role, backed by the group of the same meaning in Postgate's and Camunda's identity. */
public enum Role {
	EDITOR("editors", "Editors"),
	REVIEWER("reviewers", "Reviewers"),
	LEGAL("legal", "Legal"),
	COMPLIANCE("compliance", "Compliance officers"),
	ADMIN("admins", "Administrators");

	private final String groupId;
	private final String groupName;

	Role(String groupId, String groupName) {
		this.groupId = groupId;
		this.groupName = groupName;
	}

	public String groupId() {
		return groupId;
	}

	public String groupName() {
		return groupName;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public static Optional<Role> ofGroup(String groupId) {
		return Arrays.stream(values()).filter(role -> role.groupId.equals(groupId)).findFirst();
	}
}
