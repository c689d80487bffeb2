package io.postgate.screening;

/** How a finding is shown: blockers stop the draft, warnings need a reviewer's disposition, info is advice. */
public enum Severity {
	BLOCKER, WARNING, INFO
}
