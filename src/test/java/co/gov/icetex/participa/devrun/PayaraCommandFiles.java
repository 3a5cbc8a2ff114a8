package co.gov.icetex.participa.devrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The asadmin command files of {@code src/main/payara/} as Payara Micro options for an instance
 * that serves people ({@code mvn -Prun}, {@code mvn -Pcluster}, the failover test, the benchmarks):
 * the pre-boot commands every start uses (no product name in responses, gzip) plus a listener kept
 * closed until the portal is deployed, and the post-deploy command that opens it. Payara Micro
 * takes one pre-boot file, so the two are joined into a temporary one. (The integration tests'
 * single instance takes only the pre-boot commands: Arquillian reads the HTTP port from the
 * start-up banner, which is empty while the listener is closed.)
 */
public final class PayaraCommandFiles {

  private PayaraCommandFiles() {}

  /** The options for the command files in {@code dir}; none when {@code dir} is not given. */
  public static List<String> servingOptions(String dir) {
    if (dir == null || dir.isBlank()) {
      return List.of();
    }
    Path commands = Path.of(dir).toAbsolutePath();
    Path preBoot = commands.resolve("pre-boot-commands.asadmin");
    Path closed = commands.resolve("closed-until-deployed.asadmin");
    Path postDeploy = commands.resolve("post-deploy-commands.asadmin");
    try {
      for (Path p : List.of(preBoot, closed, postDeploy)) {
        if (!Files.isRegularFile(p)) {
          throw new IllegalStateException("no existe " + p);
        }
      }
      Path joined = Files.createTempFile("participa-pre-boot-", ".asadmin");
      joined.toFile().deleteOnExit();
      Files.writeString(
          joined, Files.readString(preBoot) + System.lineSeparator() + Files.readString(closed));
      return List.of(
          "--prebootcommandfile",
          joined.toString(),
          "--postdeploycommandfile",
          postDeploy.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
