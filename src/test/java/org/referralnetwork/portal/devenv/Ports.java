package org.referralnetwork.portal.devenv;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Port checks, so that a taken port is reported by name before anything starts. */
public final class Ports {

  private Ports() {}

  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException taken) {
      return false;
    }
  }

  public static int anyFree() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
