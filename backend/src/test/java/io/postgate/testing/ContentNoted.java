package io.postgate.testing;

import io.postgate.audit.PersonalData;

import java.util.List;

/** A domain event as the content and workflow modules will publish them, for tests of the audit trail. */
public record ContentNoted(String contentId, Integer revision, List<String> platforms, String note, @PersonalData String phone) {
}
