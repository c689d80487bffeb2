package io.postgate.workflow;

import io.postgate.publishing.Delivery;
import io.postgate.publishing.ManualPublications.Proof;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/** The copy pack of a "Publish by hand" task, its media, and completing it with the proof (multipart). */
@RestController
@RequestMapping("/api/tasks/{id}")
class PublishByHandController {

	private final PublishByHandTasks byHand;

	PublishByHandController(PublishByHandTasks byHand) {
		this.byHand = byHand;
	}

	@GetMapping("/copy-pack")
	PublishByHandTasks.CopyPackView copyPack(@PathVariable String id) {
		return byHand.copyPack(id);
	}

	/** Served as a download: an attachment is the author's file and must never render in Postgate's origin. */
	@GetMapping("/copy-pack/media/{sha256}")
	ResponseEntity<byte[]> media(@PathVariable String id, @PathVariable String sha256) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
				.header("Content-Disposition", "attachment; filename=\"" + sha256 + "\"").header("X-Content-Type-Options", "nosniff")
				.body(byHand.media(id, sha256));
	}

	@PostMapping(path = "/publish-by-hand", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Delivery publishedByHand(@PathVariable String id, @RequestParam(required = false) String postUrl,
			@RequestParam(required = false) String publishedText, @RequestParam(required = false) MultipartFile screenshot) throws IOException {
		return byHand.complete(id, new Proof(postUrl, publishedText, screenshot == null ? null : screenshot.getBytes()));
	}
}
