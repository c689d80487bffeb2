package io.postgate.screening.extraction;

import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.stream.Collectors;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The command line of an extraction child JVM. Two launch cases:
 * <ul>
 * <li>exploded classpath (IDE, tests, {@code mvn spring-boot:run}): {@code java -cp <same classpath> ExtractionWorker};</li>
 * <li>Spring Boot fat jar (or its unpacked form): the classpath is the single archive whose nested jars only
 * Boot's launcher can read, so the child runs {@code PropertiesLauncher} with {@code -Dloader.main=ExtractionWorker}.</li>
 * </ul>
 */
final class WorkerCommand {

	static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

	/** First argument, so that {@code ps} output (cut at 4 KB on Linux) still shows what the process is. */
	static final String MARKER = "-Dpostgate.role=extraction-worker";

	private WorkerCommand() {
	}

	static List<String> forConfig(ExtractionConfig config, Path tempDir) {
		String classPath = classPath(ExtractionWorker.class.getClassLoader());
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add(MARKER);
		command.add("-Xmx" + config.workerHeapMb() + "m");
		command.add("-Xss4m");
		command.add("-XX:+ExitOnOutOfMemoryError");
		command.add("-XX:+UseSerialGC");
		command.add("-XX:ActiveProcessorCount=1");
		command.add("-Djava.awt.headless=true");
		command.add("-Dfile.encoding=UTF-8");
		command.add("-Djava.io.tmpdir=" + tempDir);
		command.add("-Dlogback.configurationFile=io/postgate/screening/extraction/worker-logback.xml");
		command.add("-cp");
		command.add(classPath);
		if (isBootArchive(classPath)) {
			command.add("-Dloader.main=" + ExtractionWorker.class.getName());
			command.add(BOOT_LAUNCHER);
		}
		else {
			command.add(ExtractionWorker.class.getName());
		}
		command.add(Long.toString(config.maxUploadBytes()));
		command.add(Integer.toString(config.maxTextChars()));
		command.add(Integer.toString(config.maxEmbeddedDepth()));
		command.add(Integer.toString(config.maxCompressionRatio()));
		return command;
	}

	/**
	 * The JVM's class path, unless the worker class was loaded by a class loader of plain files that is
	 * not the JVM's own (e.g. {@code mvn exec:java}); a fat jar's nested-jar loader keeps the JVM's class path.
	 */
	static String classPath(ClassLoader loader) {
		if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0
				&& Arrays.stream(urls.getURLs()).allMatch(url -> "file".equals(url.getProtocol()))) {
			return Arrays.stream(urls.getURLs()).map(WorkerCommand::toPath).collect(Collectors.joining(File.pathSeparator));
		}
		return System.getProperty("java.class.path");
	}

	private static String toPath(URL url) {
		try {
			return Path.of(url.toURI()).toString();
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException("unusable class path entry " + url, e);
		}
	}

	/** A single jar started by Boot's launcher, or an unpacked one ({@code BOOT-INF/classes} inside). */
	static boolean isBootArchive(String classPath) {
		if (classPath == null || classPath.isBlank() || classPath.contains(File.pathSeparator)) {
			return false;
		}
		Path entry = Path.of(classPath);
		if (Files.isDirectory(entry)) {
			return Files.isDirectory(entry.resolve("BOOT-INF/classes"));
		}
		try (JarFile jar = new JarFile(entry.toFile())) {
			Manifest manifest = jar.getManifest();
			String mainClass = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
			return mainClass != null && mainClass.startsWith("org.springframework.boot.loader.");
		}
		catch (IOException notAJar) {
			return false;
		}
	}
}
