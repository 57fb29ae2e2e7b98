package dev.courier.web;

import dev.courier.web.problem.Problem;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The HTTP API, under {@code /courier/api}. Its OpenAPI document is generated from the resources
 * and served by the server at {@code /openapi}: HTTP Basic is its one security scheme; {@link
 * dev.courier.web.openapi.ApiDocumentFilter} gives each operation the roles of its
 * {@code @RolesAllowed} and its problem+json answers.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Courier",
            version = "1",
            description = "Dispatch typed messages, watch transports, operate the failure store."),
    components =
        @Components(schemas = @Schema(name = "Problem", implementation = Problem.Body.class)))
@SecurityScheme(
    securitySchemeName = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description =
        "HTTP Basic credentials of a Courier user (roles courier-dispatch, courier-admin)")
public class CourierApplication extends Application {}
