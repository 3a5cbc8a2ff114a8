package co.gov.icetex.participa.devrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The asadmin command files of {@code src/main/payara/} (copied to {@code target/payara/} by the build),
 * as Payara Micro options for an instance that serves people: the pre-boot commands plus a listener kept
 * closed until the portal is deployed, and the post-deploy command that opens it. Payara Micro takes one
 * pre-boot file, so the two pre-boot files are joined into one next to them.
 */
final class PayaraCommandFiles {

    private PayaraCommandFiles() {}

    static List<String> servingOptions(Path payaraDir) throws IOException {
        Path preBoot = payaraDir.resolve("pre-boot-commands.asadmin");
        Path closed = payaraDir.resolve("closed-until-deployed.asadmin");
        Path postDeploy = payaraDir.resolve("post-deploy-commands.asadmin");
        for (Path p : List.of(preBoot, closed, postDeploy)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException("no existe " + p + " (¿se ejecutó el empaquetado?)");
            }
        }
        Path joined = payaraDir.resolve("serving-pre-boot.asadmin");
        Files.writeString(joined, Files.readString(preBoot) + System.lineSeparator() + Files.readString(closed));
        return List.of("--prebootcommandfile", joined.toString(), "--postdeploycommandfile", postDeploy.toString());
    }
}
