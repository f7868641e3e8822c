package cn.csp.portal.web.nodes;

import cn.csp.portal.testsupport.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One real application node: {@code PartnerPortalApplication} in a JVM of its own, on a free port,
 * on the test JVM's database, with its output in {@code target/two-nodes/<name>.log}.
 */
final class PortalNode {

  static final Path LOGS = Path.of("target", "two-nodes");

  private final String name;
  private final int port;
  private final Process process;

  private PortalNode(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /** Starts the node; it is healthy once {@link #awaitHealthy} returns. */
  static PortalNode start(String name, List<String> extraArguments) {
    int port = freePort();
    TestDatabase database = TestDatabase.get();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(applicationClassPath());
    command.add("cn.csp.portal.PartnerPortalApplication");
    command.add("--server.port=" + port);
    command.add("--portal.base-url=http://localhost:" + port);
    command.add("--portal.node-name=" + name);
    command.add("--spring.datasource.url=" + database.jdbcUrl());
    command.add("--spring.datasource.username=" + database.username());
    command.add("--spring.datasource.password=" + nullToEmpty(database.password()));
    command.add("--portal.demo-data.enabled=false");
    command.add("--portal.mail.delivery=log");
    // what the test JVM's own listeners left unfinished is not the nodes' business
    command.add("--spring.modulith.events.republish-outstanding-events-on-restart=false");
    command.addAll(extraArguments);
    try {
      Files.createDirectories(LOGS);
      File log = LOGS.resolve(name + ".log").toFile();
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(log))
              .start();
      return new PortalNode(name, port, process);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start node " + name, e);
    }
  }

  String name() {
    return name;
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Waits (generously) until {@code /actuator/health} answers UP. */
  void awaitHealthy(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Instant giveUp = Instant.now().plus(timeout);
    while (true) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited while starting:\n" + logTail());
      }
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError(name + " did not become healthy:\n" + logTail());
      }
      Thread.sleep(500);
    }
  }

  /** SIGKILL: no shutdown hook, no graceful stop, its connections simply drop. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      throw new AssertionError(name + " survived SIGKILL");
    }
  }

  /** Stops the node (gracefully if it lets itself be stopped in time). */
  void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(LOGS.resolve(name + ".log"), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /**
   * The test's class path without the test classes and test-jars: the nodes run the application as
   * it ships, not the tests' components and configurations.
   */
  private static String applicationClassPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .filter(
            entry -> {
              String file = Path.of(entry).getFileName().toString();
              return !file.equals("test-classes") && !file.endsWith("-tests.jar");
            })
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
