package io.postgate.workflow;

/**
 * Names of the content-approval process variables. They hold ids, flags and small routing values
 * only: never draft text or personal data (Camunda's history copies every variable).
 */
final class ProcessVariables {

	static final String PROCESS_KEY = "content-approval";
	static final String OWNER = "owner";
	static final String PLANNER = "planner";
	static final String REVISION = "revision";
	static final String DRAFT_DUE = "draftDue";
	static final String SPONSORED = "sponsored";
	static final String CRISIS = "crisis";
	static final String BLOCKING = "blocking";
	static final String HEALTH_CLAIM = "healthClaim";
	static final String FINANCIAL_PROMISE = "financialPromise";
	static final String SENSITIVE_TOPIC = "sensitiveTopic";
	static final String REVIEW_GROUP = "reviewGroup";
	static final String LEGAL_REQUIRED = "legalRequired";
	static final String SLA_HOURS = "slaHours";
	static final String OUTCOME = "outcome";
	static final String EDITORIAL_REVIEWER = "editorialReviewer";
	static final String LAST_APPROVER = "lastApprover";
	static final String APPROVED_FINGERPRINT = "approvedFingerprint";
	static final String PUBLISH_AT = "publishAt";
	static final String PUBLISH_RETRY_CYCLE = "publishRetryCycle";
	static final String SCREENING_MODE = "screeningMode";
	static final String SCREENING_TOPIC = "screening";
	static final String WITHDRAW_MESSAGE = "withdraw";
	/** The platform of one publishing branch (the multi-instance element variable, local to the branch). */
	static final String PLATFORM = "platform";
	static final String PUBLISH_BY_HAND = "publishByHand";

	static final String TASK_CREATE_DRAFT = "user_task_create_draft";
	static final String TASK_REVISE_DRAFT = "user_task_revise_draft";
	static final String TASK_EDITORIAL_REVIEW = "user_task_editorial_review";
	static final String TASK_LEGAL_SIGNOFF = "user_task_legal_signoff";
	static final String SERVICE_TASK_SCREEN = "service_task_screen";
	static final String EXTERNAL_TASK_SCREEN = "external_task_screen";
	static final String TIMER_PUBLISH_TIME = "timer_wait_for_publish_time";
	static final String SERVICE_TASK_PUBLISH = "service_task_publish";
	static final String TASK_PUBLISH_BY_HAND = "user_task_publish_by_hand";

	private ProcessVariables() {
	}
}
