package io.postgate.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

import io.postgate.publishing.Delivery;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ContentDossierController {

	private final ContentDossiers dossiers;
	private final EvidencePack evidence;

	ContentDossierController(ContentDossiers dossiers, EvidencePack evidence) {
		this.dossiers = dossiers;
		this.evidence = evidence;
	}

	/** Status, revisions, latest report, decisions, deliveries and timeline of one item. */
	@GetMapping("/api/contents/{id}")
	ContentDossier get(@PathVariable String id) {
		return dossiers.of(id);
	}

	/** The screenshot a person recorded when they published the revision to the platform by hand. */
	@GetMapping("/api/contents/{id}/revisions/{revision}/deliveries/{platform}/proof")
	ResponseEntity<byte[]> proof(@PathVariable String id, @PathVariable int revision, @PathVariable String platform) {
		ContentDossiers.ProofScreenshot proof = dossiers.proof(id, revision, platform);
		Delivery delivery = proof.delivery();
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(delivery.proofMediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + delivery.proofFileName() + "\"")
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
				.eTag(delivery.proofSha256())
				.body(proof.bytes());
	}

	/** The evidence pack (ZIP) for compliance officers and admins. */
	@GetMapping("/api/contents/{id}/evidence")
	ResponseEntity<byte[]> evidence(@PathVariable String id) throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		evidence.write(id, zip);
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/zip"))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evidence-" + id + ".zip\"")
				.body(zip.toByteArray());
	}
}
