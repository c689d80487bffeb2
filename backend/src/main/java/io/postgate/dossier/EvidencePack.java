package io.postgate.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.postgate.audit.AuditEvidence;
import io.postgate.audit.AuditTrail;
import io.postgate.content.Revision;
import io.postgate.identity.CurrentUser;
import io.postgate.identity.Role;
import io.postgate.publishing.Delivery;
import io.postgate.publishing.ManualPublications;
import io.postgate.web.ApiProblem;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The evidence pack of one content item for a regulator: every revision, screening report, decision
 * with comments, delivery (with the screenshot of a post published by hand), the audit entries with their
 * hashes and the signed checkpoints, a readable summary and instructions to verify it offline.
 */
@Component
class EvidencePack {

	private final ContentDossiers dossiers;
	private final AuditTrail audit;
	private final CurrentUser currentUser;
	private final ManualPublications manualPublications;
	private final ObjectMapper json;

	EvidencePack(ContentDossiers dossiers, AuditTrail audit, CurrentUser currentUser, ManualPublications manualPublications, ObjectMapper json) {
		this.dossiers = dossiers;
		this.audit = audit;
		this.currentUser = currentUser;
		this.manualPublications = manualPublications;
		this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
	}

	void write(String contentId, OutputStream out) throws IOException {
		if (!currentUser.hasRole(Role.COMPLIANCE) && !currentUser.hasRole(Role.ADMIN)) {
			throw ApiProblem.forbidden("only compliance officers and admins export evidence");
		}
		ContentDossier dossier = dossiers.of(contentId);
		AuditEvidence evidence = audit.evidence(contentId);
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (Revision revision : dossier.content().revisions()) {
				entry(zip, "revisions/revision-" + revision.number() + ".json", json.writeValueAsBytes(revision));
			}
			entry(zip, "content.json", json.writeValueAsBytes(dossier.content()));
			entry(zip, "screening-report-latest.json", json.writeValueAsBytes(dossier.latestReport()));
			entry(zip, "decisions.json", json.writeValueAsBytes(dossier.decisions()));
			entry(zip, "deliveries.json", json.writeValueAsBytes(dossier.deliveries()));
			for (Delivery delivery : dossier.deliveries()) {
				if (delivery.proofSha256() != null) {
					proof(zip, delivery);
				}
			}
			entry(zip, "audit/entries.json", json.writeValueAsBytes(evidence.entries()));
			entry(zip, "audit/checkpoints.json", json.writeValueAsBytes(evidence.checkpoints()));
			entry(zip, "audit/checkpoint-public-key.pem", evidence.publicKeyPem().getBytes(StandardCharsets.UTF_8));
			entry(zip, "VERIFY.md", verification(evidence).getBytes(StandardCharsets.UTF_8));
			entry(zip, "summary.html", summary(dossier, evidence).getBytes(StandardCharsets.UTF_8));
		}
	}

	/** The screenshot as recorded, under a name that says whose it is; a note instead when the proof store lost it. */
	private void proof(ZipOutputStream zip, Delivery delivery) throws IOException {
		String name = proofName(delivery);
		byte[] screenshot = manualPublications.screenshot(delivery).orElse(null);
		if (screenshot != null) {
			entry(zip, name, screenshot);
		}
		else {
			entry(zip, name + ".MISSING.txt", ("The screenshot recorded for " + delivery.platform() + " (SHA-256 " + delivery.proofSha256()
					+ ") is not in the proof store, or its content no longer has that hash.\n").getBytes(StandardCharsets.UTF_8));
		}
	}

	private static String proofName(Delivery delivery) {
		return "proofs/" + delivery.proofFileName();
	}

	private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

	private static String verification(AuditEvidence evidence) {
		return "# Verifying this evidence pack\n\n" + evidence.verification() + "\n\nThe full chain up to a checkpoint can be exported with "
				+ "`GET /api/audit/export?format=json` and checked with `java -jar postgate.jar --postgate.audit.verify` (see docs/audit.md).\n";
	}

	private static String summary(ContentDossier dossier, AuditEvidence evidence) {
		StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Evidence ")
				.append(esc(dossier.content().id())).append("</title><body><h1>Evidence pack</h1><dl>")
				.append("<dt>Content</dt><dd>").append(esc(dossier.content().id())).append("</dd>")
				.append("<dt>Status</dt><dd>").append(dossier.content().status()).append("</dd>")
				.append("<dt>Owner</dt><dd>").append(esc(dossier.content().owner())).append("</dd>")
				.append("<dt>Approved fingerprint</dt><dd>").append(esc(String.valueOf(dossier.content().approvedFingerprint()))).append("</dd>")
				.append("<dt>Audit chain</dt><dd>").append(esc(evidence.chainId())).append("</dd></dl><h2>Decisions</h2><ul>");
		dossier.decisions().forEach(decision -> html.append("<li>").append(decision.decidedAt()).append(" ").append(decision.step()).append(": ")
				.append(decision.outcome()).append(" by ").append(esc(decision.actor())).append(" — ").append(esc(String.valueOf(decision.comment())))
				.append("</li>"));
		html.append("</ul><h2>Deliveries</h2><ul>");
		dossier.deliveries().forEach(delivery -> html.append("<li>").append(esc(delivery.platform())).append(": ").append(esc(delivery.state()))
				.append(delivery.remoteUrl() == null ? "" : " at " + esc(delivery.remoteUrl()))
				.append(delivery.recordedBy() == null ? "" : ", published by hand by " + esc(delivery.recordedBy()))
				.append(delivery.proofSha256() == null ? "" : ", screenshot " + esc(proofName(delivery)) + " (SHA-256 " + delivery.proofSha256() + ")")
				.append("</li>"));
		html.append("</ul><h2>Timeline</h2><ol>");
		dossier.timeline().forEach(entry -> html.append("<li>#").append(entry.sequence()).append(" ").append(entry.at()).append(" ")
				.append(esc(entry.event())).append(" by ").append(esc(String.valueOf(entry.actor()))).append("</li>"));
		return html.append("</ol></body></html>\n").toString();
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text);
	}
}
