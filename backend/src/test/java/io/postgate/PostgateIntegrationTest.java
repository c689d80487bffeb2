package io.postgate;

import io.postgate.workflow.ApprovalJourney;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one whole-application test configuration, so every integration test shares a single Spring
 * context (Camunda and LanguageTool start once). The database comes from the surefire execution:
 * in-memory H2 by default, MariaDB through the {@code mysql} profile in the second run. Tests get
 * {@link ApprovalJourney} to walk content through the approval process.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PostgateApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(ApprovalJourney.class)
public @interface PostgateIntegrationTest {
}
