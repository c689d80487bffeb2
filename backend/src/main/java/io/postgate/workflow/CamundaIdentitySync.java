package io.postgate.workflow;

import io.postgate.identity.Role;
import io.postgate.identity.UserAccount;
import io.postgate.identity.UserChanged;
import io.postgate.identity.UserDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mirrors Postgate's users and roles into Camunda's identity service, so candidate groups and
 * assignees in the process models refer to real users. Postgate's tables stay the source of truth.
 */
@Component
class CamundaIdentitySync {

	private final IdentityService identityService;
	private final UserDirectory directory;

	CamundaIdentitySync(IdentityService identityService, UserDirectory directory) {
		this.identityService = identityService;
		this.directory = directory;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void syncAll() {
		ensureGroups();
		directory.all().forEach(this::sync);
	}

	@EventListener
	public void onUserChanged(UserChanged event) {
		ensureGroups();
		sync(event.user());
	}

	private void ensureGroups() {
		for (Role role : Role.values()) {
			if (identityService.createGroupQuery().groupId(role.groupId()).singleResult() == null) {
				Group group = identityService.newGroup(role.groupId());
				group.setName(role.groupName());
				group.setType("WORKFLOW");
				identityService.saveGroup(group);
			}
		}
	}

	private void sync(UserAccount account) {
		User user = identityService.createUserQuery().userId(account.username()).singleResult();
		if (user == null) {
			user = identityService.newUser(account.username());
		}
		user.setFirstName(account.displayName());
		user.setLastName("");
		identityService.saveUser(user);

		// a disabled user leaves every group, so no task, digest or notification is meant for them
		Set<String> wanted = account.enabled() ? account.roles().stream().map(Role::groupId).collect(Collectors.toSet()) : Set.of();
		Set<String> current = identityService.createGroupQuery().groupMember(account.username()).list().stream()
				.map(Group::getId).collect(Collectors.toSet());
		current.stream().filter(group -> !wanted.contains(group))
				.forEach(group -> identityService.deleteMembership(account.username(), group));
		wanted.stream().filter(group -> !current.contains(group))
				.forEach(group -> identityService.createMembership(account.username(), group));
	}
}
