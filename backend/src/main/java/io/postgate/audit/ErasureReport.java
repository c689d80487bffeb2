package io.postgate.audit;

/**
 * The outcome of erasing a person's personal data from the trail.
 *
 * @param found whether the trail held personal data of that person
 * @param personalValuesErased how many personal payload values were deleted (the pseudonym itself goes as well)
 * @param recordedAs the sequence number of the entry that records the erasure
 */
public record ErasureReport(boolean found, int personalValuesErased, long recordedAs) {
}
