package io.postgate.notification;

import io.postgate.content.ContentEvents.ContentApproved;
import io.postgate.content.ContentEvents.ContentStatusChanged;
import io.postgate.content.ContentFacts;
import io.postgate.content.ContentStatus;
import io.postgate.content.ContentSummary;
import io.postgate.content.Contents;
import io.postgate.identity.Role;
import io.postgate.identity.UserAccount;
import io.postgate.identity.UserDirectory;
import io.postgate.publishing.PublishingEvents.PublishingFreezeLifted;
import io.postgate.publishing.PublishingEvents.PublishingFrozen;
import io.postgate.review.ReviewDecided;
import io.postgate.workflow.Escalated;
import io.postgate.workflow.TaskEvents.TaskAssigned;
import io.postgate.workflow.TaskEvents.TaskCreated;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns other modules' events into notifications for the people who must act or want to know, in the
 * publisher's transaction: a notification exists exactly when the change that caused it committed.
 */
@Component
class NotificationTriggers {

	/** Changes requested already tells the author; the reassigned revise task would say it twice. */
	private static final String REVISE_DRAFT_TASK = "user_task_revise_draft";

	private final Notifications notifications;
	private final Contents contents;
	private final UserDirectory users;

	NotificationTriggers(Notifications notifications, Contents contents, UserDirectory users) {
		this.notifications = notifications;
		this.contents = contents;
		this.users = users;
	}

	@EventListener
	void on(TaskCreated event) {
		if (event.candidateGroup() == null) {
			return;
		}
		String owner = contents.facts(event.contentId()).owner();
		Set<String> recipients = groupMembers(event.candidateGroup());
		// Segregation of duties keeps authors off their own reviews: do not invite them.
		recipients.remove(owner);
		notifications.notify(recipients, NotificationKind.TASK_AVAILABLE, event.contentId(), title(event.contentId()));
	}

	@EventListener
	void on(TaskAssigned event) {
		if (event.assignee() == null || REVISE_DRAFT_TASK.equals(event.taskKey()) || event.assignee().equals(actor().orElse(null))) {
			return;
		}
		notifications.notify(List.of(event.assignee()), NotificationKind.TASK_ASSIGNED, event.contentId(), title(event.contentId()));
	}

	@EventListener
	void on(ReviewDecided event) {
		NotificationKind kind = switch (event.outcome()) {
			case REQUEST_CHANGES -> NotificationKind.CHANGES_REQUESTED;
			case REJECT -> NotificationKind.REJECTED;
			case APPROVE -> null;
		};
		if (kind != null) {
			notifyOwner(event.contentId(), kind, event.actor());
		}
	}

	@EventListener
	void on(ContentApproved event) {
		notifyOwner(event.contentId(), NotificationKind.APPROVED, event.actor());
	}

	@EventListener
	void on(ContentStatusChanged event) {
		if (ContentStatus.PUBLISHED.name().equals(event.to())) {
			notifyOwner(event.contentId(), NotificationKind.PUBLISHED, null);
		}
		else if (ContentStatus.PUBLISH_FAILED.name().equals(event.to())) {
			Set<String> recipients = groupMembers(Role.ADMIN.groupId());
			recipients.add(contents.facts(event.contentId()).owner());
			notifications.notify(recipients, NotificationKind.PUBLISH_FAILED, event.contentId(), title(event.contentId()));
		}
	}

	@EventListener
	void on(Escalated event) {
		Set<String> recipients = Role.ofGroup(event.escalatedTo()).isPresent() ? groupMembers(event.escalatedTo())
				: new LinkedHashSet<>(List.of(event.escalatedTo()));
		if (event.assignee() != null) {
			recipients.add(event.assignee());
		}
		notifications.notify(recipients, NotificationKind.SLA_MISSED, event.contentId(), title(event.contentId()));
	}

	@EventListener
	void on(PublishingFrozen event) {
		freezeChanged(NotificationKind.FREEZE_STARTED, event.platform(), event.reason(), event.frozenBy());
	}

	@EventListener
	void on(PublishingFreezeLifted event) {
		freezeChanged(NotificationKind.FREEZE_ENDED, event.platform(), null, event.liftedBy());
	}

	/**
	 * Admins and compliance officers hear of every freeze (the scope in their language, and why); owners hear of
	 * each of their items that the freeze holds or releases. Whoever froze or lifted it knows already.
	 */
	private void freezeChanged(NotificationKind kind, String platform, String reason, String actor) {
		Set<String> watchers = groupMembers(Role.ADMIN.groupId());
		watchers.addAll(groupMembers(Role.COMPLIANCE.groupId()));
		watchers.remove(actor);
		Map<Boolean, List<String>> byLanguage = watchers.stream()
				.collect(Collectors.partitioningBy(watcher -> users.find(watcher).map(user -> MailTemplates.chinese(user.locale())).orElse(false)));
		byLanguage.forEach((chinese, recipients) ->
				notifications.notify(recipients, kind, null, freezeScope(platform, reason, chinese)));
		for (ContentSummary item : contents.awaitingPublication(platform)) {
			if (!item.owner().equals(actor)) {
				notifications.notify(List.of(item.owner()), kind, item.id(), item.title());
			}
		}
	}

	private static String freezeScope(String platform, String reason, boolean chinese) {
		String scope = platform != null ? platform : chinese ? "所有平台" : "all platforms";
		return reason == null ? scope : scope + (chinese ? "（" + reason + "）" : " (" + reason + ")");
	}

	private void notifyOwner(String contentId, NotificationKind kind, String actor) {
		String owner = contents.facts(contentId).owner();
		if (!Objects.equals(owner, actor)) {
			notifications.notify(List.of(owner), kind, contentId, title(contentId));
		}
	}

	private Set<String> groupMembers(String groupId) {
		Set<String> members = new LinkedHashSet<>();
		Role.ofGroup(groupId).ifPresent(role -> users.all().stream().filter(user -> user.enabled() && user.hasRole(role))
				.map(UserAccount::username).sorted().forEach(members::add));
		return members;
	}

	private String title(String contentId) {
		ContentFacts facts = contents.facts(contentId);
		return facts.revision() == 0 ? "" : contents.revision(contentId, facts.revision()).title();
	}

	private static Optional<String> actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.of(authentication.getName());
	}
}
