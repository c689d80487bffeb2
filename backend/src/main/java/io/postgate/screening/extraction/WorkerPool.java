package io.postgate.screening.extraction;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed number of warm child JVMs. A caller borrows an idle one for one file; a child that was killed,
 * crashed or ran out of memory is thrown away and a fresh one is started in the background, so the next
 * file finds a healthy worker.
 */
final class WorkerPool implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(WorkerPool.class);

	private final ExtractionConfig config;

	private final LinkedBlockingQueue<WorkerProcess> idle = new LinkedBlockingQueue<>();

	/** Warm workers, idle or busy. */
	private final Set<WorkerProcess> running = ConcurrentHashMap.newKeySet();

	/** Workers running or being started; below {@code config.workers()} after a failed start. */
	private final AtomicInteger provisioned = new AtomicInteger();

	private final ExecutorService starter = Executors.newSingleThreadExecutor(daemon("extraction-worker-starter"));

	private final ScheduledExecutorService watchdog = Executors
		.newSingleThreadScheduledExecutor(daemon("extraction-watchdog"));

	private volatile boolean closed;

	WorkerPool(ExtractionConfig config) {
		this.config = config;
	}

	/** Starts the missing workers and waits until each is warm; true when all are ready. */
	boolean fill() {
		List<Future<?>> starts = topUp();
		boolean allStarted = true;
		for (Future<?> start : starts) {
			try {
				start.get();
			}
			catch (Exception ex) {
				allStarted = false;
			}
		}
		return allStarted && !closed;
	}

	boolean isClosed() {
		return closed;
	}

	/** True while at least one warm worker is running. */
	boolean hasWorkers() {
		return !closed && !running.isEmpty();
	}

	WorkerReply extract(String fileName, byte[] content) {
		if (closed) {
			throw new ExtractionException(ExtractionFailure.WORKER_UNAVAILABLE);
		}
		topUp();
		WorkerProcess worker = borrow();
		boolean healthy = false;
		try {
			WorkerReply reply = worker.exchange(fileName, content, config.parseTimeout(), config.maxTextChars(), watchdog);
			healthy = true;
			return reply;
		}
		finally {
			giveBack(worker, healthy);
		}
	}

	private WorkerProcess borrow() {
		Duration wait = config.parseTimeout().plus(config.workerStartTimeout());
		try {
			WorkerProcess worker = idle.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
			if (worker == null) {
				throw new ExtractionException(ExtractionFailure.WORKER_UNAVAILABLE);
			}
			return worker;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ExtractionException(ExtractionFailure.WORKER_UNAVAILABLE);
		}
	}

	private void giveBack(WorkerProcess worker, boolean healthy) {
		if (healthy && worker.isAlive() && !closed) {
			idle.offer(worker);
			return;
		}
		running.remove(worker);
		worker.stop();
		provisioned.decrementAndGet();
		if (!closed) {
			topUp();
		}
	}

	/** Starts as many workers as are missing; each start reserves its slot first so racing callers do not overshoot. */
	private List<Future<?>> topUp() {
		List<Future<?>> starts = new ArrayList<>();
		for (int count; !closed && (count = provisioned.get()) < config.workers();) {
			if (provisioned.compareAndSet(count, count + 1)) {
				starts.add(starter.submit(this::startOne));
			}
		}
		return starts;
	}

	private Void startOne() throws IOException {
		try {
			WorkerProcess worker = WorkerProcess.start(config, watchdog);
			if (closed) {
				worker.stop();
			}
			else {
				running.add(worker);
				idle.offer(worker);
			}
			return null;
		}
		catch (IOException | RuntimeException ex) {
			provisioned.decrementAndGet();
			log.error("Could not start an extraction worker", ex);
			throw ex;
		}
	}

	@Override
	public void close() {
		closed = true;
		starter.shutdown();
		try {
			starter.awaitTermination(config.workerStartTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		idle.clear();
		running.forEach(WorkerProcess::stop);
		running.clear();
		watchdog.shutdownNow();
	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}
}
