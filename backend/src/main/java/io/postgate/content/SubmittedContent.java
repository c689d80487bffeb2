package io.postgate.content;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/** The answer of {@code POST /api/contents/{id}/submit}: the item's view plus {@code warnings} that did not block it. */
record SubmittedContent(@JsonUnwrapped ContentView content, List<SubmitWarning> warnings) {
}
