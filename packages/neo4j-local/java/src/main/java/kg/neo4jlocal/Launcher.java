package kg.neo4jlocal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.server.CommunityBootstrapper;

/**
 * Runs the real Neo4j community server (Bolt + optional HTTP/Browser) from its Maven jars.
 *
 * <p>Uses Neo4j's own server bootstrapper, so the DBMS is shut down cleanly by Neo4j's shutdown
 * hook on SIGTERM/SIGINT. Credentials are set in-process through the system database once the DBMS
 * is up; only then is the ready file written, so clients never race (and trip the failed-login
 * lock-out) against the initial password.
 *
 * <p>Usage: {@code java ... -jar neo4j-local-launcher.jar --home DIR --bolt-port N [--http-port N]
 * [--user NAME] [--pagecache SIZE] [--exit-with-parent PID] [--set key=value]...}; the password is
 * read from the NEO4J_PASSWORD environment variable (never from argv, which `ps` shows).
 */
public final class Launcher {
    static final String READY_FILE = "neo4j-local.ready";
    private static final String LOOPBACK = "127.0.0.1";

    private Launcher() {}

    public static void main(String[] argv) throws Exception {
        Args args;
        try {
            args = Args.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j-local: " + e.getMessage());
            System.exit(2);
            return;
        }
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            System.err.println("neo4j-local: NEO4J_PASSWORD is not set");
            System.exit(2);
            return;
        }

        Path home = args.home.toAbsolutePath().normalize();
        Files.createDirectories(home);
        Path readyFile = home.resolve(READY_FILE);
        Files.deleteIfExists(readyFile);

        Credentials credentials = new Credentials(home, args.user, password);
        boolean credentialsPreset = credentials.presetBeforeFirstStart();

        CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
        // A conf/neo4j.conf in the home folder is honoured; our overrides win over it.
        int rc = bootstrapper.start(home, home.resolve("conf/neo4j.conf"), settings(home, args), false, false);
        if (rc != 0) {
            System.err.println("neo4j-local: Neo4j failed to start (code " + rc + ")");
            System.exit(rc);
            return;
        }

        long credentialsStart = System.nanoTime();
        try {
            String how = credentialsPreset ? "preset on the new store" : "unchanged since the last start";
            if (!credentialsPreset && !credentials.alreadyApplied()) {
                setCredentials(bootstrapper.getDatabaseManagementService(), args.user, password);
                how = "set through the system database";
            }
            credentials.remember();
            System.out.println("neo4j-local: credentials for '" + args.user + "' " + how + " ("
                    + (System.nanoTime() - credentialsStart) / 1_000_000 + " ms)");
        } catch (RuntimeException | IOException e) {
            System.err.println("neo4j-local: could not set the credentials: " + e.getMessage());
            e.printStackTrace();
            System.exit(3);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(readyFile);
            } catch (IOException ignored) {
                // Best effort: the TypeScript side also checks that the pid is alive.
            }
        }, "neo4j-local-ready-file"));
        writeReady(readyFile, args);
        System.out.println("neo4j-local: ready bolt://" + LOOPBACK + ":" + args.boltPort
                + (args.httpPort > 0 ? " http://" + LOOPBACK + ":" + args.httpPort : ""));

        if (args.parentPid > 0) watchParent(args.parentPid);
        // Neo4j's own non-daemon threads keep the JVM alive until a signal arrives.
    }

    static Map<String, String> settings(Path home, Args args) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(GraphDatabaseSettings.neo4j_home.name(), home.toString());
        s.put(GraphDatabaseSettings.default_listen_address.name(), LOOPBACK);
        s.put(GraphDatabaseSettings.default_advertised_address.name(), LOOPBACK);
        s.put(BoltConnector.enabled.name(), "true");
        s.put(BoltConnector.listen_address.name(), LOOPBACK + ":" + args.boltPort);
        s.put(BoltConnector.advertised_address.name(), LOOPBACK + ":" + args.boltPort);
        s.put(HttpConnector.enabled.name(), Boolean.toString(args.httpPort > 0));
        if (args.httpPort > 0) {
            s.put(HttpConnector.listen_address.name(), LOOPBACK + ":" + args.httpPort);
            s.put(HttpConnector.advertised_address.name(), LOOPBACK + ":" + args.httpPort);
        }
        s.put(HttpsConnector.enabled.name(), "false");
        s.put(GraphDatabaseSettings.auth_enabled.name(), "true");
        s.put(GraphDatabaseSettings.pagecache_memory.name(), args.pagecache);
        // Keep transaction logs of a local/test store small.
        s.put(GraphDatabaseSettings.keep_logical_logs.name(), "2 files");
        // No phone-home: the machine may have no internet, and tests must not talk to it.
        s.put("dbms.usage_report.enabled", "false");
        // Bolt is stopped after the databases are checkpointed and closed, so its default grace
        // periods (5 s + 5 s of waiting on idle threads) only slow a local stop down.
        s.put(BoltConnectorInternalSettings.connection_shutdown_wait_time.name(), "1s");
        s.put(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time.name(), "1s");
        s.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period.name(), "0");
        s.put(GraphDatabaseInternalSettings.netty_server_shutdown_timeout.name(), "2s");
        s.putAll(args.extra);
        return s;
    }

    /** Sets the password of the given user (creating the user if needed), without a forced change. */
    static void setCredentials(DatabaseManagementService dbms, String user, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        String name = quoteName(user);
        Boolean changeRequired = system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = $user RETURN passwordChangeRequired",
                Map.of("user", user),
                r -> r.hasNext() ? (Boolean) r.next().get("passwordChangeRequired") : null);
        if (changeRequired == null) {
            system.executeTransactionally(
                    "CREATE USER " + name + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            return;
        }
        try {
            system.executeTransactionally(
                    "ALTER USER " + name + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Restarting on an existing store with the same password: Neo4j refuses a no-op change.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
            if (changeRequired) {
                system.executeTransactionally("ALTER USER " + name + " SET PASSWORD CHANGE NOT REQUIRED");
            }
        }
    }

    /** User names cannot be parameters in administration commands; backtick-quote them safely. */
    static String quoteName(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static void writeReady(Path readyFile, Args args) throws IOException {
        String json = "{\"pid\":" + ProcessHandle.current().pid() + ",\"boltPort\":" + args.boltPort
                + ",\"httpPort\":" + (args.httpPort > 0 ? Integer.toString(args.httpPort) : "null") + "}\n";
        Path tmp = readyFile.resolveSibling(READY_FILE + ".tmp");
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, readyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A private (test) server must not outlive its owner, even if the owner is SIGKILLed. */
    private static void watchParent(long parentPid) {
        Thread t = new Thread(() -> {
            Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
            while (parent.map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.out.println("neo4j-local: parent process " + parentPid + " is gone, shutting down");
            System.exit(0); // runs Neo4j's shutdown hook
        }, "neo4j-local-parent-watch");
        t.setDaemon(true);
        t.start();
    }

    static final class Args {
        Path home;
        int boltPort = 7687;
        int httpPort = 0;
        String user = "neo4j";
        String pagecache = "256m";
        long parentPid = 0;
        final Map<String, String> extra = new LinkedHashMap<>();

        static Args parse(String[] argv) {
            Args a = new Args();
            List<String> list = List.of(argv);
            for (int i = 0; i < list.size(); i++) {
                String flag = list.get(i);
                if (i + 1 >= list.size()) throw new IllegalArgumentException("missing value after " + flag);
                String value = list.get(++i);
                switch (flag) {
                    case "--home" -> a.home = Path.of(value);
                    case "--bolt-port" -> a.boltPort = port(value);
                    case "--http-port" -> a.httpPort = port(value);
                    case "--user" -> a.user = value;
                    case "--pagecache" -> a.pagecache = value;
                    case "--exit-with-parent" -> a.parentPid = Long.parseLong(value);
                    case "--set" -> {
                        int eq = value.indexOf('=');
                        if (eq <= 0) throw new IllegalArgumentException("--set expects key=value, got " + value);
                        a.extra.put(value.substring(0, eq), value.substring(eq + 1));
                    }
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            if (a.home == null) throw new IllegalArgumentException("--home is required");
            if (a.user.isBlank()) throw new IllegalArgumentException("--user must not be empty");
            return a;
        }

        private static int port(String v) {
            int p = Integer.parseInt(v);
            if (p < 0 || p > 65535) throw new IllegalArgumentException("bad port " + v);
            return p;
        }
    }
}
