package dev.courier.example.certificates;

import dev.courier.example.certificates.CertificateRecords.CertificateRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /courier/api/certificates}: what the last check of each endpoint saw (admin). */
@RequestScoped
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("courier-admin")
public class CertificatesResource {

  @Inject CertificateRecords records;

  @GET
  @Operation(summary = "The expiry of each checked endpoint's certificate, as last seen")
  public List<CertificateRecord> list() {
    return records.all();
  }
}
