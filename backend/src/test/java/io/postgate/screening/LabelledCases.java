package io.postgate.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the labelled screening corpora (JSON lines on the test classpath) shared by the quality tests. */
public final class LabelledCases {

	/** Every labelled corpus on the test classpath, in the order the quality tests read them. */
	public static final List<String> CORPORA = List.of("/screening/sample-cases.jsonl", "/screening/corpus.jsonl",
			"/screening/corpus-pipeline.jsonl", "/screening/corpus-unseen.jsonl", "/screening/corpus-unseen-3.jsonl",
			"/screening/corpus-unseen-4.jsonl",
			"/screening/corpus-unseen-5.jsonl");

	private LabelledCases() {
	}

	/** The cases of a JSON-lines resource given by its absolute classpath path. */
	public static List<JsonNode> read(String resource) throws IOException {
		ObjectMapper mapper = new ObjectMapper();
		List<JsonNode> cases = new ArrayList<>();
		try (InputStream in = LabelledCases.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					cases.add(mapper.readTree(line));
				}
			}
		}
		return cases;
	}

	/** The finding categories named by a JSON array. */
	public static Set<FindingCategory> categories(JsonNode node) {
		Set<FindingCategory> set = EnumSet.noneOf(FindingCategory.class);
		node.forEach(n -> set.add(FindingCategory.valueOf(n.asText())));
		return set;
	}
}
