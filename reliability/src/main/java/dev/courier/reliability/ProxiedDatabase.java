package dev.courier.reliability;

import java.io.IOException;

/** A database the server reaches through the harness's {@link TcpProxy}, which can cut it off. */
abstract class ProxiedDatabase implements Database {

  final TcpProxy proxy;

  ProxiedDatabase(TcpProxy proxy) {
    this.proxy = proxy;
  }

  @Override
  public void cut() {
    proxy.cut();
  }

  @Override
  public void restore() throws IOException {
    proxy.open();
  }

  @Override
  public void close() {
    proxy.close();
  }
}
