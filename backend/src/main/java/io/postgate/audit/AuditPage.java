package io.postgate.audit;

import java.util.List;

/** One page of a search, {@code page} counted from 0, entries in sequence order. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long totalElements, long totalPages) {
}
