package io.postgate.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.PrintStream;

/**
 * Command-line mode: {@code java -jar postgate.jar --postgate.audit.verify} verifies the trail, prints the
 * report as JSON and exits with 0 when it is intact, 1 when not (see docs/audit.md).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerifyCommand implements ApplicationRunner {

	static final String OPTION = "postgate.audit.verify";

	private final AuditTrail trail;
	private final ObjectMapper json;
	private final ApplicationContext context;

	AuditVerifyCommand(AuditTrail trail, ObjectMapper json, ApplicationContext context) {
		this.trail = trail;
		this.json = json;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (args.containsOption(OPTION)) {
			int code = verify(System.out);
			System.exit(SpringApplication.exit(context, () -> code));
		}
	}

	/** Verifies, prints the report to {@code out} and returns the exit code. */
	int verify(PrintStream out) throws Exception {
		VerificationReport report = trail.verify();
		out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
		return report.valid() ? 0 : 1;
	}
}
