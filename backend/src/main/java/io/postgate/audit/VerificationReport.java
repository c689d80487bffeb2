package io.postgate.audit;

/**
 * The outcome of recomputing the hash chain and checking it against the signed checkpoints.
 *
 * @param valid whether the whole trail is intact
 * @param entries how many entries the chain holds
 * @param checkpoints how many signed checkpoints were checked
 * @param firstBrokenSequence the first entry that is missing, altered or out of place (absent when valid or not attributable)
 * @param problem what is wrong, in words (absent when valid)
 */
public record VerificationReport(boolean valid, long entries, int checkpoints, Long firstBrokenSequence, String problem) {

	static VerificationReport intact(long entries, int checkpoints) {
		return new VerificationReport(true, entries, checkpoints, null, null);
	}

	static VerificationReport broken(long entries, int checkpoints, Long firstBrokenSequence, String problem) {
		return new VerificationReport(false, entries, checkpoints, firstBrokenSequence, problem);
	}
}
