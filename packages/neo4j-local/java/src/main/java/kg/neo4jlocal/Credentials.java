package kg.neo4jlocal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import picocli.CommandLine;

/**
 * Avoids the slow path (a Cypher administration command on a cold engine costs ~5 s) when possible:
 * on a brand-new store the default user's password is preset the way `neo4j-admin dbms
 * set-initial-password` does it, and on later starts a salted hash of the credentials we last applied
 * tells whether anything changed.
 */
final class Credentials {
    private static final String DEFAULT_USER = "neo4j";
    private final Path home;
    private final String user;
    private final String password;
    private final Path marker;

    Credentials(Path home, String user, String password) {
        this.home = home;
        this.user = user;
        this.password = password;
        this.marker = home.resolve("data/dbms/neo4j-local.credentials");
    }

    /** On a store that has never been started, sets the initial password of `neo4j` (no change required). */
    boolean presetBeforeFirstStart() {
        if (!DEFAULT_USER.equals(user) || Files.exists(home.resolve("data/databases/system"))) return false;
        ExecutionContext ctx = new ExecutionContext(home, home.resolve("conf"));
        int rc = new CommandLine(new SetInitialPasswordCommand(ctx)).execute(password);
        if (rc != 0) {
            System.err.println("neo4j-local: presetting the initial password failed (code " + rc + "), will set it after start");
            return false;
        }
        return true;
    }

    boolean alreadyApplied() {
        try {
            String[] saltAndHash = Files.readString(marker, StandardCharsets.UTF_8).trim().split(":");
            return saltAndHash.length == 2 && hash(saltAndHash[0]).equals(saltAndHash[1]);
        } catch (IOException e) {
            return false;
        }
    }

    void remember() throws IOException {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, saltHex + ":" + hash(saltHex) + "\n", StandardCharsets.UTF_8);
    }

    private String hash(String saltHex) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(saltHex.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(user.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
