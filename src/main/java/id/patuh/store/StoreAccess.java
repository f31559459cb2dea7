package id.patuh.store;

import java.util.Base64;

import com.mongodb.MongoCredential;

/**
 * Who may use the embedded store: one user, {@code patuh}, with a secret made anew at every
 * start (256 random bits). The secret lives only in this process and, for the file store, in
 * the owner-only access file beside the data ({@link AccessFile}); it is never logged.
 */
final class StoreAccess {

    static final String USERNAME = "patuh";
    /** The driver's default authentication database; the embedded store has no real users database. */
    static final String AUTH_DATABASE = "admin";

    private final char[] secret;

    private StoreAccess(char[] secret) {
        this.secret = secret;
    }

    static StoreAccess generate() {
        byte[] bytes = ScramSha256.randomBytes(32);
        return new StoreAccess(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray());
    }

    MongoCredential credential() {
        return MongoCredential.createScramSha256Credential(USERNAME, AUTH_DATABASE, secret.clone());
    }

    ScramSha256 verifier() {
        return new ScramSha256(USERNAME, secret);
    }

    /** A connection string that carries the secret: only for the owner-only access file. */
    String connectionStringWithSecret(String host, int port, String database) {
        return "mongodb://" + USERNAME + ":" + new String(secret) + "@" + host + ":" + port + "/" + database
                + "?authSource=" + AUTH_DATABASE + "&authMechanism=" + ScramSha256.MECHANISM;
    }

    @Override
    public String toString() {
        return "StoreAccess[user=" + USERNAME + ", secret=<hidden>]";
    }
}
