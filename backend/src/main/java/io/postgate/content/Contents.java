package io.postgate.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.content.ContentEvents.ContentApproved;
import io.postgate.content.ContentEvents.ContentRescheduled;
import io.postgate.content.ContentEvents.ContentStatusChanged;
import io.postgate.content.ContentEvents.ContentSubmitted;
import io.postgate.content.ContentEvents.ContentWithdrawn;
import io.postgate.content.ContentEvents.DraftCreated;
import io.postgate.content.ContentEvents.RevisionSaved;
import io.postgate.identity.CurrentUser;
import io.postgate.identity.Role;
import io.postgate.identity.UserDirectory;
import io.postgate.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Drafts, briefs and revisions, with who may do what to them. The workflow module follows the events
 * published here; it moves the status through {@link #moveTo} and approves through {@link #approve}.
 */
@Service
public class Contents {

	private static final Duration LATEST_SCHEDULE = Duration.ofDays(2 * 366);
	private static final Duration EARLIEST_SCHEDULE = Duration.ofDays(1);
	private static final Set<ContentStatus> PLANNED = EnumSet.of(ContentStatus.SCHEDULED, ContentStatus.PUBLISHING, ContentStatus.PUBLISHED);

	private final ContentRepository items;
	private final RevisionRepository revisions;
	private final Attachments attachments;
	private final CurrentUser currentUser;
	private final UserDirectory users;
	private final ApplicationEventPublisher events;
	private final ContentProperties properties;
	private final ObjectMapper json;
	private final Clock clock;

	Contents(ContentRepository items, RevisionRepository revisions, Attachments attachments, CurrentUser currentUser,
			UserDirectory users, ApplicationEventPublisher events, ContentProperties properties, ObjectMapper json, Clock clock) {
		this.items = items;
		this.revisions = revisions;
		this.attachments = attachments;
		this.currentUser = currentUser;
		this.users = users;
		this.events = events;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	public ContentView createDraft(DraftRequest request) {
		requireRole(Role.EDITOR, "only editors create drafts");
		String author = currentUser.username();
		Instant now = clock.instant();
		Set<Platform> platforms = platforms(request.platforms());
		ContentType type = contentType(request.contentType(), ContentType.ARTICLE);
		Instant scheduledAt = schedule("scheduledAt", request.scheduledAt(), now);
		ContentItem item = new ContentItem(UUID.randomUUID().toString(), author, author, null, type, request.campaign(), null,
				scheduledAt, platforms, now);
		items.save(item);
		int number = saveRevision(item, request, platforms, type, author, now);
		Instant draftDue = draftDue(scheduledAt, now);
		events.publishEvent(new DraftCreated(item.id(), number, author, author, author, draftDue, ids(platforms), false));
		return view(item);
	}

	@Transactional
	public ContentView createBrief(BriefRequest request) {
		requireRole(Role.EDITOR, "only editors plan the content calendar");
		String planner = currentUser.username();
		boolean ownerIsEditor = users.find(request.owner()).map(owner -> owner.hasRole(Role.EDITOR)).orElse(false);
		if (!ownerIsEditor) {
			throw ApiProblem.badRequest("owner: '" + request.owner() + "' is not an editor");
		}
		Instant now = clock.instant();
		Set<Platform> platforms = platforms(request.platforms());
		ContentType type = contentType(request.contentType(), null);
		Instant target = schedule("targetPublishAt", request.targetPublishAt(), now);
		ContentItem item = new ContentItem(UUID.randomUUID().toString(), request.owner(), planner, request.theme(), type,
				request.campaign(), request.notes(), target, platforms, now);
		items.save(item);
		events.publishEvent(new DraftCreated(item.id(), 0, planner, request.owner(), planner, draftDue(target, now), ids(platforms), true));
		return view(item);
	}

	@Transactional
	public ContentView revise(String id, DraftRequest request) {
		ContentItem item = lockOwned(id);
		if (!item.status().editable()) {
			throw ApiProblem.conflict("content in status " + item.status() + " cannot be changed; only DRAFT or CHANGES_REQUESTED can");
		}
		Set<Platform> platforms = platforms(request.platforms());
		ContentType type = contentType(request.contentType(), item.contentType());
		Instant now = clock.instant();
		if (request.scheduledAt() != null) {
			item.reschedule(schedule("scheduledAt", request.scheduledAt(), now), now);
		}
		item.voidApproval();
		saveRevision(item, request, platforms, type, currentUser.username(), now);
		return view(item);
	}

	@Transactional
	public ContentView addAttachment(String id, byte[] bytes, String fileName) {
		ContentItem item = lockOwned(id);
		if (!item.status().editable()) {
			throw ApiProblem.conflict("content in status " + item.status() + " cannot be changed; only DRAFT or CHANGES_REQUESTED can");
		}
		if (item.currentRevision() == 0) {
			throw ApiProblem.conflict("write the draft before attaching files");
		}
		Revision.AttachmentRef ref = attachments.store(bytes, fileName);
		attachments.link(id, item.currentRevision(), ref);
		refreshFingerprint(id, item.currentRevision());
		events.publishEvent(new ContentEvents.AttachmentAdded(id, item.currentRevision(), currentUser.username(), ref.sha256(),
				ref.fileName(), ref.mediaType(), ref.sizeBytes()));
		return view(item);
	}

	/** The stored bytes of an attachment (for screening); no permission check. */
	public byte[] attachmentBytes(String sha256) {
		return attachments.read(sha256);
	}

	@Transactional
	public ContentView submit(String id) {
		ContentItem item = lockOwned(id);
		if (!item.status().editable()) {
			throw ApiProblem.conflict("content in status " + item.status() + " cannot be submitted; only DRAFT or CHANGES_REQUESTED can");
		}
		if (item.currentRevision() == 0) {
			throw ApiProblem.conflict("nothing to submit yet: write the draft first (PUT /api/contents/" + id + ")");
		}
		Revision revision = revision(id, item.currentRevision());
		events.publishEvent(new ContentSubmitted(id, revision.number(), currentUser.username(), ids(revision.platforms()),
				revision.sponsored(), revision.crisis(), item.targetPublishAt()));
		moveTo(item, ContentStatus.SCREENING);
		return view(item);
	}

	@Transactional
	public ContentView withdraw(String id, String reason) {
		ContentItem item = lockOwnedOrAdmin(id);
		if (!item.status().beforePublishing()) {
			throw ApiProblem.conflict("content in status " + item.status() + " can no longer be withdrawn");
		}
		events.publishEvent(new ContentWithdrawn(id, item.currentRevision(), currentUser.username(), reason));
		moveTo(item, ContentStatus.WITHDRAWN);
		return view(item);
	}

	@Transactional
	public ContentView reschedule(String id, Instant scheduledAt) {
		ContentItem item = lockOwnedOrAdmin(id);
		if (!item.status().beforePublishing()) {
			throw ApiProblem.conflict("content in status " + item.status() + " can no longer be rescheduled: publishing has started");
		}
		Instant now = clock.instant();
		item.reschedule(schedule("scheduledAt", scheduledAt, now), now);
		events.publishEvent(new ContentRescheduled(id, item.currentRevision(), currentUser.username(), item.targetPublishAt()));
		return view(item);
	}

	@Transactional(readOnly = true)
	public ContentView get(String id) {
		ContentItem item = items.findById(id).orElseThrow(() -> notFound(id));
		if (!mayRead(item)) {
			// 404 as in lockOwned: a draft someone else may not read does not exist for them
			throw notFound(id);
		}
		return view(item);
	}

	@Transactional(readOnly = true)
	public Page<ContentSummary> list(ContentStatus status, String owner, String platformId, int page, int size) {
		Platform platform = platformFilter(platformId);
		boolean readsSubmitted = currentUser.roles().stream().anyMatch(role -> role != Role.EDITOR);
		return items.search(status, owner, platform, readsSubmitted, currentUser.username(), PageRequest.of(page, size))
				.map(this::summary);
	}

	@Transactional(readOnly = true)
	public List<ContentSummary> scheduledBetween(Instant from, Instant to, String platformId) {
		Platform platform = platformFilter(platformId);
		return items.scheduledBetween(from, to, platform).stream().filter(this::mayRead).map(this::summary).toList();
	}

	/**
	 * Posts scheduled, publishing or published in [from, to), with the sponsored flag of their current revision. No
	 * permission check: callers use it for aggregate numbers only (the promotional share).
	 */
	@Transactional(readOnly = true)
	public List<PlannedPost> plannedBetween(Instant from, Instant to) {
		return items.scheduledBetween(from, to, null).stream()
				.filter(item -> PLANNED.contains(item.status()))
				.map(item -> new PlannedPost(item.id(), ids(item.platforms()), item.targetPublishAt(),
						revisions.findByContentIdAndNumber(item.id(), item.currentRevision()).map(RevisionEntity::sponsored).orElse(false)))
				.toList();
	}

	/**
	 * Approved content still to be published on the platform (any platform when null): scheduled, or being published.
	 * No permission check (for notifications).
	 */
	@Transactional(readOnly = true)
	public List<ContentSummary> awaitingPublication(String platformId) {
		return items.inStatus(List.of(ContentStatus.SCHEDULED, ContentStatus.PUBLISHING), platformFilter(platformId)).stream()
				.map(this::summary).toList();
	}

	/** A revision as stored; no permission check (for the workflow and screening). */
	@Transactional(readOnly = true)
	public Revision revision(String id, int number) {
		RevisionEntity entity = revisions.findByContentIdAndNumber(id, number)
				.orElseThrow(() -> ApiProblem.notFound("content " + id + " has no revision " + number));
		return toRevision(entity);
	}

	@Transactional(readOnly = true)
	public ContentFacts facts(String id) {
		ContentItem item = items.findById(id).orElseThrow(() -> notFound(id));
		String lastReviser = item.currentRevision() == 0 ? item.owner() : revision(id, item.currentRevision()).author();
		return new ContentFacts(item.id(), item.status(), item.currentRevision(), item.owner(), item.planner(), lastReviser,
				item.targetPublishAt(), item.approvedRevision(), item.approvedFingerprint(), item.campaign(), ids(item.platforms()));
	}

	@Transactional
	public void moveTo(String id, ContentStatus status) {
		moveTo(items.lockById(id).orElseThrow(() -> notFound(id)), status);
	}

	/** Records what an approval covers: the revision's fingerprint. Publishing refuses anything else. */
	@Transactional
	public String approve(String id, int revisionNumber, String actor) {
		ContentItem item = items.lockById(id).orElseThrow(() -> notFound(id));
		if (item.currentRevision() != revisionNumber) {
			throw ApiProblem.conflict("revision " + revisionNumber + " is no longer the current revision of " + id);
		}
		String fingerprint = revision(id, revisionNumber).fingerprint();
		item.approve(revisionNumber, fingerprint, clock.instant());
		events.publishEvent(new ContentApproved(id, revisionNumber, actor, fingerprint));
		return fingerprint;
	}

	/**
	 * When the draft should be submitted: the review lead time before the target, but never sooner than
	 * the minimum writing time from now, so a short-notice draft is not escalated the moment it exists.
	 */
	Instant draftDue(Instant target, Instant now) {
		Instant due = target == null ? now.plus(properties.defaultDraftTime()) : target.minus(properties.reviewLeadTime());
		Instant earliest = now.plus(properties.minimumWritingTime());
		return due.isBefore(earliest) ? earliest : due;
	}

	private void moveTo(ContentItem item, ContentStatus status) {
		ContentStatus previous = item.moveTo(status, clock.instant());
		if (previous != status) {
			events.publishEvent(new ContentStatusChanged(item.id(), item.currentRevision(), previous.name(), status.name()));
		}
	}

	private int saveRevision(ContentItem item, DraftRequest request, Set<Platform> platforms, ContentType type, String author, Instant now) {
		if (request.body().length() > properties.maxBodyLength()) {
			throw ApiProblem.tooLarge("body: " + request.body().length() + " characters is more than the " + properties.maxBodyLength()
					+ " allowed");
		}
		Map<Platform, Variant> variants = variants(request.variants(), platforms);
		int number = item.nextRevision(platforms, request.campaign(), type, now);
		List<Revision.AttachmentRef> carried = number > 1 ? attachments.of(item.id(), number - 1) : List.of();
		carried.forEach(ref -> attachments.link(item.id(), number, ref));
		String fingerprint = Fingerprint.of(request.title(), request.body(), variants, platforms,
				carried.stream().map(Revision.AttachmentRef::sha256).toList());
		revisions.save(new RevisionEntity(item.id(), number, request.title(), request.body(), write(variants), String.join(",", ids(platforms)),
				String.join(",", request.tags() == null ? List.of() : request.tags()), request.sponsored(), request.crisis(),
				item.targetPublishAt(), author, now, fingerprint));
		events.publishEvent(new RevisionSaved(item.id(), number, author, fingerprint, ids(platforms)));
		return number;
	}

	/** Recomputes a revision's fingerprint after its attachments changed. */
	@Transactional
	void refreshFingerprint(String id, int number) {
		RevisionEntity entity = revisions.findByContentIdAndNumber(id, number).orElseThrow();
		Revision revision = toRevision(entity);
		entity.fingerprint(Fingerprint.of(revision.title(), revision.body(), revision.variants(), revision.platforms(),
				revision.attachments().stream().map(Revision.AttachmentRef::sha256).toList()));
	}

	ContentItem lockOwned(String id) {
		ContentItem item = items.lockById(id).orElseThrow(() -> notFound(id));
		if (!item.owner().equals(currentUser.username())) {
			if (!mayRead(item)) {
				throw notFound(id);
			}
			throw ApiProblem.forbidden("only the owner (" + item.owner() + ") may change this content");
		}
		return item;
	}

	private ContentItem lockOwnedOrAdmin(String id) {
		if (currentUser.hasRole(Role.ADMIN)) {
			ContentItem item = items.lockById(id).orElseThrow(() -> notFound(id));
			if (!mayRead(item)) {
				throw notFound(id);
			}
			return item;
		}
		return lockOwned(id);
	}

	private boolean mayRead(ContentItem item) {
		if (item.owner().equals(currentUser.username()) || item.planner().equals(currentUser.username())) {
			return true;
		}
		boolean readsSubmitted = currentUser.roles().stream().anyMatch(role -> role != Role.EDITOR);
		return readsSubmitted && item.status() != ContentStatus.DRAFT;
	}

	private void requireRole(Role role, String rule) {
		if (!currentUser.hasRole(role)) {
			throw ApiProblem.forbidden(rule);
		}
	}

	private Instant schedule(String field, Instant requested, Instant now) {
		if (requested == null) {
			return null;
		}
		if (requested.isBefore(now.minus(EARLIEST_SCHEDULE))) {
			throw ApiProblem.badRequest(field + ": " + requested + " is more than a day in the past");
		}
		if (requested.isAfter(now.plus(LATEST_SCHEDULE))) {
			throw ApiProblem.badRequest(field + ": " + requested + " is more than two years ahead");
		}
		return requested;
	}

	private static Set<Platform> platforms(List<String> names) {
		Set<Platform> platforms = new LinkedHashSet<>();
		for (String name : names) {
			platforms.add(Platform.ofId(name).orElseThrow(() -> ApiProblem.badRequest("platforms: unknown platform '" + name
					+ "'; known: " + ids(EnumSet.allOf(Platform.class)))));
		}
		return platforms;
	}

	private static Platform platformFilter(String id) {
		if (id == null || id.isBlank()) {
			return null;
		}
		return Platform.ofId(id).orElseThrow(() -> ApiProblem.badRequest("platform: unknown platform '" + id + "'; known: "
				+ ids(EnumSet.allOf(Platform.class))));
	}

	private static ContentType contentType(String name, ContentType fallback) {
		if (name == null || name.isBlank()) {
			if (fallback == null) {
				throw ApiProblem.badRequest("contentType: must not be blank");
			}
			return fallback;
		}
		try {
			return ContentType.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badRequest("contentType: unknown content type '" + name + "'; known: " + List.of(ContentType.values()));
		}
	}

	private static Map<Platform, Variant> variants(Map<String, Variant> requested, Set<Platform> platforms) {
		Map<Platform, Variant> variants = new EnumMap<>(Platform.class);
		if (requested != null) {
			requested.forEach((name, variant) -> {
				Platform platform = platforms(List.of(name)).iterator().next();
				if (!platforms.contains(platform)) {
					throw ApiProblem.badRequest("variants: " + name + " is not one of this content's platforms");
				}
				variants.put(platform, variant);
			});
		}
		return variants;
	}

	private static List<String> ids(Set<Platform> platforms) {
		return platforms.stream().sorted().map(Platform::id).toList();
	}

	private static ApiProblem notFound(String id) {
		return ApiProblem.notFound("no content " + id);
	}

	private String write(Map<Platform, Variant> variants) {
		try {
			return json.writeValueAsString(variants);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private Map<Platform, Variant> readVariants(String text) {
		try {
			return json.readValue(text, new TypeReference<EnumMap<Platform, Variant>>() {
			});
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private Revision toRevision(RevisionEntity entity) {
		Set<Platform> platforms = EnumSet.noneOf(Platform.class);
		for (String id : entity.platforms().split(",")) {
			Platform.ofId(id).ifPresent(platforms::add);
		}
		List<String> tags = entity.tags().isEmpty() ? List.of() : List.of(entity.tags().split(","));
		return new Revision(entity.contentId(), entity.number(), entity.title(), entity.body(), readVariants(entity.variants()), platforms,
				tags, entity.sponsored(), entity.crisis(), entity.scheduledAt(), entity.author(), entity.createdAt(), entity.fingerprint(),
				attachments.of(entity.contentId(), entity.number()));
	}

	private ContentView view(ContentItem item) {
		List<Revision> all = new ArrayList<>(revisions.findByContentIdOrderByNumber(item.id()).stream().map(this::toRevision).toList());
		Revision current = all.isEmpty() ? null : all.get(all.size() - 1);
		return new ContentView(item.id(), item.status(), item.currentRevision(), item.owner(), item.planner(), item.theme(),
				item.contentType(), item.campaign(), item.notes(), ids(item.platforms()), item.targetPublishAt(), item.createdAt(),
				item.updatedAt(), item.approvedRevision(), item.approvedFingerprint(), current, all);
	}

	private ContentSummary summary(ContentItem item) {
		String title = item.currentRevision() == 0 ? item.theme()
				: revisions.findByContentIdAndNumber(item.id(), item.currentRevision()).map(RevisionEntity::title).orElse(item.theme());
		return new ContentSummary(item.id(), item.status(), item.currentRevision(), title, item.owner(), item.theme(), item.contentType(),
				item.campaign(), ids(item.platforms()), item.targetPublishAt(), item.updatedAt());
	}
}
