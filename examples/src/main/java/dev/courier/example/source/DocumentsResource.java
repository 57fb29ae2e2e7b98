package dev.courier.example.source;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /courier/api/documents/{runId}}: the document a {@code source} run made. */
@RequestScoped
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"courier-dispatch", "courier-admin"})
public class DocumentsResource {

  /** The text in an answer is cut here; {@code textLength} says how long it is. */
  static final int TEXT_LIMIT = 100_000;

  /**
   * @param complete every chunk is kept (the join ran)
   */
  public record DocumentView(
      String title,
      String contentType,
      int chunks,
      boolean complete,
      int textLength,
      String text) {}

  @Inject Documents documents;

  @GET
  @Path("{runId}")
  @Operation(summary = "The document a run of the source pipeline made (text cut at 100,000)")
  public DocumentView show(@PathParam("runId") String runId) {
    if (!runId.matches("[A-Za-z0-9-]{1,64}")) {
      throw new NotFoundException("There is no document of this run.");
    }
    return documents
        .find(runId, TEXT_LIMIT)
        .map(
            d ->
                new DocumentView(
                    d.title(), d.contentType(), d.chunks(), d.complete(), d.textLength(), d.text()))
        .orElseThrow(() -> new NotFoundException("There is no document of this run."));
  }
}
