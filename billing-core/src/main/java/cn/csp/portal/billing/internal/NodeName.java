package cn.csp.portal.billing.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This application node's name, recorded on every billing run it makes: {@code portal.node-name},
 * by default the host name and the server port (two nodes on one host differ by port).
 */
@Component
class NodeName {

  private static final int MAX_LENGTH = 100;

  private final String name;

  NodeName(
      @Value("${portal.node-name:}") String configured,
      @Value("${server.port:8080}") String serverPort) {
    String chosen = configured.isBlank() ? hostName() + ":" + serverPort : configured.strip();
    this.name = chosen.length() > MAX_LENGTH ? chosen.substring(0, MAX_LENGTH) : chosen;
  }

  String get() {
    return name;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
