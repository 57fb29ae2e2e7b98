package dev.courier.bench.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrkLoadTest {

  private static final String REPORT =
      """
      Running 10s test @ http://127.0.0.1:8180/courier/api/messages
        2 threads and 16 connections
        Thread Stats   Avg      Stdev     Max   +/- Stdev
          Latency     5.43ms    3.21ms  61.02ms   88.12%
          Req/Sec     1.52k   210.33     2.01k    70.50%
        Latency Distribution
           50%    4.71ms
           75%    6.30ms
           90%    8.92ms
           99%   17.20ms
        30412 requests in 10.01s, 5.12MB read
      Requests/sec:   3038.27
      Transfer/sec:    523.81KB
      """;

  @Test
  void readsRequestsRateAndPercentiles() {
    WrkLoad.Result result = WrkLoad.parse(REPORT);

    assertEquals(30412, result.requests());
    assertEquals(0, result.refused());
    assertEquals(3038.27, result.perSecond(), 0.001);
    assertEquals(5, result.p50Ms());
    assertEquals(18, result.p99Ms());
  }

  @Test
  void countsRefusedRequestsAndConvertsOtherUnits() {
    String report =
        REPORT
            .replace("   50%    4.71ms", "   50%  850.00us")
            .replace("   99%   17.20ms", "   99%    1.20s")
            .replace("Requests/sec:", "  Non-2xx or 3xx responses: 12\nRequests/sec:");

    WrkLoad.Result result = WrkLoad.parse(report);

    assertEquals(12, result.refused());
    assertEquals(1, result.p50Ms());
    assertEquals(1200, result.p99Ms());
  }

  @Test
  void socketErrorsAreAFailedRunNotAFigure() {
    String report =
        REPORT.replace(
            "Requests/sec:",
            "  Socket errors: connect 0, read 3, write 0, timeout 0\nRequests/sec:");

    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> WrkLoad.parse(report));
    assertTrue(error.getMessage().contains("read 3"), error.getMessage());
  }
}
