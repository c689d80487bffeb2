package io.postgate.screening.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.URLClassLoader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerCommandTests {

	@TempDir
	Path dir;

	@Test
	void recognisesASpringBootFatJar() throws IOException {
		Path jar = jarWithMainClass("org.springframework.boot.loader.launch.JarLauncher");

		assertThat(WorkerCommand.isBootArchive(jar.toString())).isTrue();
	}

	@Test
	void recognisesAnUnpackedSpringBootJar() throws IOException {
		Files.createDirectories(dir.resolve("BOOT-INF/classes"));

		assertThat(WorkerCommand.isBootArchive(dir.toString())).isTrue();
	}

	@Test
	void treatsAnOrdinaryJarOrClasspathAsExploded() throws IOException {
		Path jar = jarWithMainClass("org.apache.maven.surefire.booter.ForkedBooter");

		assertThat(WorkerCommand.isBootArchive(jar.toString())).isFalse();
		assertThat(WorkerCommand.isBootArchive(jar + File.pathSeparator + dir)).isFalse();
		assertThat(WorkerCommand.isBootArchive(dir.toString())).isFalse();
	}

	@Test
	void startsTheWorkerThroughBootsLauncherOnlyForAFatJar() throws IOException {
		String classPath = System.getProperty("java.class.path");
		try {
			System.setProperty("java.class.path", jarWithMainClass("org.springframework.boot.loader.launch.JarLauncher").toString());
			assertThat(WorkerCommand.forConfig(ExtractionConfig.defaults(), dir))
				.contains("-Dloader.main=" + ExtractionWorker.class.getName(), WorkerCommand.BOOT_LAUNCHER)
				.contains("-Xmx512m", "-XX:+ExitOnOutOfMemoryError");
		}
		finally {
			System.setProperty("java.class.path", classPath);
		}
		assertThat(WorkerCommand.forConfig(ExtractionConfig.defaults(), dir))
			.contains(ExtractionWorker.class.getName())
			.doesNotContain(WorkerCommand.BOOT_LAUNCHER);
	}

	private Path jarWithMainClass(String mainClass) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
		Path jar = Files.createTempFile(dir, "app", ".jar");
		try (JarOutputStream out = new JarOutputStream(new FileOutputStream(jar.toFile()), manifest)) {
			out.flush();
		}
		return jar;
	}

	@Test
	void takesTheClassPathOfAFileClassLoaderSuchAsMavenExec() throws IOException {
		Path classes = Files.createDirectories(dir.resolve("classes"));
		Path library = Files.createFile(dir.resolve("library.jar"));
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL(), library.toUri().toURL() }, null)) {
			assertThat(WorkerCommand.classPath(loader)).isEqualTo(classes + File.pathSeparator + library);
		}
	}

	@Test
	void keepsTheJvmClassPathForOtherClassLoaders() {
		assertThat(WorkerCommand.classPath(ClassLoader.getSystemClassLoader())).isEqualTo(System.getProperty("java.class.path"));
	}
}
