package io.postgate.audit;

/** A checkpoint read back from its file: {@code checkpoint} is null when the file could not be read. */
record LoadedCheckpoint(String file, AuditCheckpoint checkpoint, boolean signatureValid) {
}
