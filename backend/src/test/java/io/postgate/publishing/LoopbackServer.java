package io.postgate.publishing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's HTTP server on 127.0.0.1 and a free port, for test doubles of remote platforms; a handler can hold its
 * answer until {@link #release()} so that the sender times out on a request the platform has already accepted.
 */
final class LoopbackServer implements AutoCloseable {

	private final HttpServer server;
	private final ExecutorService threads = Executors.newCachedThreadPool();
	private final CountDownLatch hang = new CountDownLatch(1);

	LoopbackServer(Map<String, HttpHandler> contexts) throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		contexts.forEach(server::createContext);
		server.setExecutor(threads);
		server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** Blocks the calling handler until {@link #release()} (at most a minute). */
	void holdUntilReleased() {
		try {
			hang.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	void release() {
		hang.countDown();
	}

	@Override
	public void close() {
		release();
		server.stop(0);
		threads.shutdownNow();
	}

	static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}
}
