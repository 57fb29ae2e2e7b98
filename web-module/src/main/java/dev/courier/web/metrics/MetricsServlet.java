package dev.courier.web.metrics;

import dev.courier.metrics.PrometheusMetrics;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /courier/metrics}: Prometheus text, outside the JSON API (admin, as everything not
 * named otherwise in web.xml; give the scraper a user with {@code courier-admin}).
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PrometheusMetrics metrics;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String text = metrics.scrape();
    response.setContentType(PrometheusMetrics.CONTENT_TYPE);
    response.getWriter().write(text);
  }
}
