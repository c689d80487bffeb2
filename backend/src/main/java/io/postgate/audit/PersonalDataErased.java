package io.postgate.audit;

/** Recorded when a person's personal data was erased; names the pseudonym only, never the person. */
record PersonalDataErased(String subjectRef, int personalValuesErased) {
}
