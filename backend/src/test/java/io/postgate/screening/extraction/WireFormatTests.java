package io.postgate.screening.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class WireFormatTests {

	@Test
	void carriesAParsedReplyIntact() throws IOException {
		DocumentMetadata metadata = new DocumentMetadata(List.of("Alice", "李雷"), "Bob", "(c) Northwind", "Launch",
				"2025-03-01T09:00:00Z", new GeoLocation(31.2304, 121.4737));
		WorkerReply reply = new WorkerReply.Parsed("application/pdf", "正文 text 🍵", true, metadata, true,
				List.of("a.pdf (password-protected)"), List.of("photo.jpg at 1.0, 2.0"));

		assertThat(roundTrip(reply, 100)).isEqualTo(reply);
	}

	@Test
	void carriesAFailureIntact() throws IOException {
		WorkerReply reply = new WorkerReply.Failed(ExtractionFailure.ENCRYPTED, "The file is password-protected.");

		assertThat(roundTrip(reply, 100)).isEqualTo(reply);
	}

	@Test
	void refusesTextLongerThanTheChildWasAllowedToSend() throws IOException {
		WorkerReply reply = new WorkerReply.Parsed("text/html", "x".repeat(400), false, DocumentMetadata.NONE, true,
				List.of(), List.of());

		assertThatThrownBy(() -> roundTrip(reply, 100)).isInstanceOf(IOException.class)
			.hasMessageContaining("out of bounds");
	}

	@Test
	void readsARequestAndThenTheEndOfTheStream() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		WireFormat.writeRequest(new DataOutputStream(bytes), "post.md", "# Hi".getBytes(StandardCharsets.UTF_8));
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));

		WireFormat.Request request = WireFormat.readRequest(in, 1024);

		assertThat(request.fileName()).isEqualTo("post.md");
		assertThat(request.content()).asString(StandardCharsets.UTF_8).isEqualTo("# Hi");
		assertThat(WireFormat.readRequest(in, 1024)).isNull();
	}

	private static WorkerReply roundTrip(WorkerReply reply, int maxTextChars) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		WireFormat.writeReply(new DataOutputStream(bytes), reply);
		return WireFormat.readReply(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), maxTextChars);
	}
}
