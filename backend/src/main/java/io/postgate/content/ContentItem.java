package io.postgate.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** The aggregate: a post's identity, owner, status and pointers to its revisions. */
@Entity
@Table(name = "content_item")
class ContentItem {

	@Id
	private String id;

	@Enumerated(EnumType.STRING)
	private ContentStatus status;

	private String owner;

	private String planner;

	private String theme;

	@Enumerated(EnumType.STRING)
	@Column(name = "content_type")
	private ContentType contentType;

	private String campaign;

	private String notes;

	@Column(name = "target_publish_at")
	private Instant targetPublishAt;

	@Column(name = "current_revision")
	private int currentRevision;

	@Column(name = "approved_revision")
	private Integer approvedRevision;

	@Column(name = "approved_fingerprint")
	private String approvedFingerprint;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private Long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "content_platform", joinColumns = @JoinColumn(name = "content_id"))
	@Column(name = "platform")
	@Enumerated(EnumType.STRING)
	private Set<Platform> platforms = new HashSet<>();

	protected ContentItem() {
	}

	ContentItem(String id, String owner, String planner, String theme, ContentType contentType, String campaign, String notes,
			Instant targetPublishAt, Set<Platform> platforms, Instant now) {
		this.id = id;
		this.status = ContentStatus.DRAFT;
		this.owner = owner;
		this.planner = planner;
		this.theme = theme;
		this.contentType = contentType;
		this.campaign = campaign;
		this.notes = notes;
		this.targetPublishAt = targetPublishAt;
		this.platforms.addAll(platforms);
		this.currentRevision = 0;
		this.createdAt = now;
		this.updatedAt = now;
	}

	int nextRevision(Set<Platform> newPlatforms, String newCampaign, ContentType newContentType, Instant now) {
		currentRevision++;
		platforms.clear();
		platforms.addAll(newPlatforms);
		if (newCampaign != null) {
			campaign = newCampaign;
		}
		if (newContentType != null) {
			contentType = newContentType;
		}
		updatedAt = now;
		return currentRevision;
	}

	ContentStatus moveTo(ContentStatus next, Instant now) {
		ContentStatus previous = status;
		status = next;
		updatedAt = now;
		return previous;
	}

	void approve(int revision, String fingerprint, Instant now) {
		approvedRevision = revision;
		approvedFingerprint = fingerprint;
		updatedAt = now;
	}

	void voidApproval() {
		approvedRevision = null;
		approvedFingerprint = null;
	}

	void reschedule(Instant at, Instant now) {
		targetPublishAt = at;
		updatedAt = now;
	}

	String id() {
		return id;
	}

	ContentStatus status() {
		return status;
	}

	String owner() {
		return owner;
	}

	String planner() {
		return planner;
	}

	String theme() {
		return theme;
	}

	ContentType contentType() {
		return contentType;
	}

	String campaign() {
		return campaign;
	}

	String notes() {
		return notes;
	}

	Instant targetPublishAt() {
		return targetPublishAt;
	}

	int currentRevision() {
		return currentRevision;
	}

	Integer approvedRevision() {
		return approvedRevision;
	}

	String approvedFingerprint() {
		return approvedFingerprint;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	Set<Platform> platforms() {
		return EnumSet.copyOf(platforms.isEmpty() ? EnumSet.noneOf(Platform.class) : platforms);
	}
}
