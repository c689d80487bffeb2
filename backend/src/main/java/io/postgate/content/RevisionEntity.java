package io.postgate.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "content_revision")
@IdClass(RevisionEntity.Key.class)
class RevisionEntity {

	@Id
	@Column(name = "content_id")
	private String contentId;

	@Id
	private int number;

	private String title;

	@Lob
	private String body;

	@Lob
	private String variants;

	private String platforms;

	private String tags;

	private boolean sponsored;

	private boolean crisis;

	@Column(name = "scheduled_at")
	private Instant scheduledAt;

	private String author;

	@Column(name = "created_at")
	private Instant createdAt;

	private String fingerprint;

	protected RevisionEntity() {
	}

	RevisionEntity(String contentId, int number, String title, String body, String variants, String platforms, String tags,
			boolean sponsored, boolean crisis, Instant scheduledAt, String author, Instant createdAt, String fingerprint) {
		this.contentId = contentId;
		this.number = number;
		this.title = title;
		this.body = body;
		this.variants = variants;
		this.platforms = platforms;
		this.tags = tags;
		this.sponsored = sponsored;
		this.crisis = crisis;
		this.scheduledAt = scheduledAt;
		this.author = author;
		this.createdAt = createdAt;
		this.fingerprint = fingerprint;
	}

	void fingerprint(String value) {
		fingerprint = value;
	}

	String contentId() {
		return contentId;
	}

	int number() {
		return number;
	}

	String title() {
		return title;
	}

	String body() {
		return body;
	}

	String variants() {
		return variants;
	}

	String platforms() {
		return platforms;
	}

	String tags() {
		return tags;
	}

	boolean sponsored() {
		return sponsored;
	}

	boolean crisis() {
		return crisis;
	}

	Instant scheduledAt() {
		return scheduledAt;
	}

	String author() {
		return author;
	}

	Instant createdAt() {
		return createdAt;
	}

	String fingerprint() {
		return fingerprint;
	}

	record Key(String contentId, int number) implements Serializable {
		Key() {
			this(null, 0);
		}
	}
}
