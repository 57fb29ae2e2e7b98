package dev.courier.it.support;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds test deployments from the EAR the build produced (unpacked by the it module), adding a
 * test's own handlers to the EJB module, its own resources to the web module and its own
 * MicroProfile Config.
 */
public final class Deployments {

  private static final Path EAR = Path.of(System.getProperty("courier.it.ear-dir"));
  private static final String SOURCE_EXAMPLE = "courier-example-source.jar";

  private final List<Class<?>> ejbClasses = new ArrayList<>();
  private final List<Class<?>> webClasses = new ArrayList<>();
  private final StringBuilder config = new StringBuilder();
  private boolean sourceExample;

  private Deployments() {}

  public static Deployments courier() {
    return new Deployments();
  }

  /** Handlers, message records and beans, in the EJB module. */
  public Deployments ejb(Class<?>... classes) {
    ejbClasses.addAll(List.of(classes));
    return this;
  }

  /** JAX-RS resources, in the web module. */
  public Deployments web(Class<?>... classes) {
    webClasses.addAll(List.of(classes));
    return this;
  }

  /** With the example pipeline {@code source} (its EJB module, as the reference EAR has it). */
  public Deployments withSourceExample() {
    sourceExample = true;
    return this;
  }

  /** One MicroProfile Config line, {@code key=value}. */
  public Deployments config(String line) {
    config.append(line).append('\n');
    return this;
  }

  public EnterpriseArchive build() {
    return build("courier.ear");
  }

  /** Under another name, for a test that deploys several variants. */
  public EnterpriseArchive build(String earName) {
    JavaArchive ejb = ShrinkWrap.createFromZipFile(JavaArchive.class, file("courier-ejb.jar"));
    ejb.addClasses(ejbClasses.toArray(Class<?>[]::new));
    ejb.addAsManifestResource(new StringAsset(config.toString()), "microprofile-config.properties");
    WebArchive web = ShrinkWrap.createFromZipFile(WebArchive.class, file("courier-web.war"));
    web.addClasses(webClasses.toArray(Class<?>[]::new));
    EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, earName);
    ear.addAsModule(ejb);
    ear.addAsModule(web);
    if (sourceExample) {
      ear.addAsModule(ShrinkWrap.createFromZipFile(JavaArchive.class, file(SOURCE_EXAMPLE)));
    }
    ear.addAsManifestResource(new StringAsset(applicationXml()), "application.xml");
    ear.addAsManifestResource(
        file("META-INF/jboss-deployment-structure.xml"), "jboss-deployment-structure.xml");
    File[] libraries = EAR.resolve("lib").toFile().listFiles();
    if (libraries == null || libraries.length == 0) {
      throw new IllegalStateException("no libraries in " + EAR + "/lib; was the EAR built?");
    }
    ear.addAsLibraries(libraries);
    return ear;
  }

  /** The reference EAR's modules, less the example unless it was asked for. */
  private String applicationXml() {
    return "<application xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"10\">"
        + "<module><ejb>courier-ejb.jar</ejb></module>"
        + (sourceExample ? "<module><ejb>" + SOURCE_EXAMPLE + "</ejb></module>" : "")
        + "<module><web><web-uri>courier-web.war</web-uri>"
        + "<context-root>/courier</context-root></web></module>"
        + "<library-directory>lib</library-directory></application>";
  }

  private static File file(String path) {
    File file = EAR.resolve(path).toFile();
    if (!file.isFile()) {
      throw new IllegalStateException(file + " is missing; run the it module through Maven");
    }
    return file;
  }
}
