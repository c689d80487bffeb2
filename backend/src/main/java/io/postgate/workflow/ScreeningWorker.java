package io.postgate.workflow;

import io.postgate.workflow.WorkflowProperties.ScreeningWorkerSettings;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.UUID;

import static io.postgate.workflow.ProcessVariables.REVISION;
import static io.postgate.workflow.ProcessVariables.SCREENING_TOPIC;

/**
 * Screens the external tasks of topic {@code screening} (screening mode {@code external}), in a process of its own
 * that scales apart from the web nodes: the same jar with the {@code screening-worker} profile. It fetches and locks
 * tasks through the engine's Java API on the shared database, and stores the report and completes the task in one
 * transaction, so a task is screened to completion once: a worker killed mid-run leaves nothing behind, and its lock
 * expires for another worker (or itself, restarted); a worker that lost its lock cannot complete, and its report is
 * rolled back with the refused completion.
 */
@Component
@ConditionalOnProperty(name = "postgate.workflow.screening-worker.enabled", havingValue = "true")
class ScreeningWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ScreeningWorker.class);

	private final ExternalTaskService externalTasks;
	private final RevisionScreening screening;
	private final TransactionTemplate transactions;
	private final ScreeningWorkerSettings settings;
	private final String workerId;
	private volatile Thread loop;

	@Autowired
	ScreeningWorker(ExternalTaskService externalTasks, RevisionScreening screening, PlatformTransactionManager transactionManager,
			WorkflowProperties properties) {
		this(externalTasks, screening, transactionManager, properties.screeningWorker(), hostName() + ":" + ProcessHandle.current().pid());
	}

	ScreeningWorker(ExternalTaskService externalTasks, RevisionScreening screening, PlatformTransactionManager transactionManager,
			ScreeningWorkerSettings settings, String workerId) {
		this.externalTasks = externalTasks;
		this.screening = screening;
		this.transactions = new TransactionTemplate(transactionManager);
		this.settings = settings;
		this.workerId = workerId + ":" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Fetches, locks and screens what is there; returns how many tasks it fetched. */
	int workOnce() {
		List<LockedExternalTask> tasks = externalTasks.fetchAndLock(settings.maxTasks(), workerId)
				.topic(SCREENING_TOPIC, settings.lockDuration().toMillis()).variables(REVISION).execute();
		tasks.forEach(this::screen);
		return tasks.size();
	}

	void screen(LockedExternalTask task) {
		try {
			transactions.executeWithoutResult(status -> externalTasks.complete(task.getId(), workerId,
					screening.screen(task.getBusinessKey(), ((Number) task.getVariables().get(REVISION)).intValue())));
		}
		catch (BadUserRequestException lockLost) {
			log.info("screening task {} of {} was taken over by another worker: {}", task.getId(), task.getBusinessKey(), lockLost.getMessage());
		}
		catch (RuntimeException failure) {
			int retriesLeft = (task.getRetries() == null ? settings.retries() : task.getRetries()) - 1;
			log.warn("screening of {} failed ({} retries left)", task.getBusinessKey(), retriesLeft, failure);
			try {
				externalTasks.handleFailure(task.getId(), workerId, String.valueOf(failure.getMessage()), retriesLeft,
						settings.retryDelay().toMillis());
			}
			catch (BadUserRequestException lockLost) {
				log.info("screening task {} was taken over by another worker", task.getId());
			}
		}
	}

	String workerId() {
		return workerId;
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::run, "screening-worker");
		loop = thread;
		thread.start();
		log.info("screening worker {} started: topic {}, lock {}", workerId, SCREENING_TOPIC, settings.lockDuration());
	}

	@Override
	public void stop() {
		Thread thread = loop;
		loop = null;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(settings.lockDuration().toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return loop != null;
	}

	private void run() {
		while (loop == Thread.currentThread()) {
			try {
				if (workOnce() == 0) {
					Thread.sleep(settings.idlePause().toMillis());
				}
			}
			catch (InterruptedException stopping) {
				return;
			}
			catch (RuntimeException failure) {
				log.warn("screening worker could not fetch tasks; trying again", failure);
				try {
					Thread.sleep(settings.retryDelay().toMillis());
				}
				catch (InterruptedException stopping) {
					return;
				}
			}
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			return "unknown-host";
		}
	}
}
