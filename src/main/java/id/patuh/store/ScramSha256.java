package id.patuh.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of SCRAM-SHA-256 (RFC 5802 / 7677), the mechanism the MongoDB driver speaks,
 * for the one user of the embedded store. The embedded wire server has no authentication of its
 * own; with this, a local process that does not know the secret cannot read or write anything.
 *
 * <p>Only the derived keys are kept, not the password; the salted password is computed once per
 * start (4,096 PBKDF2 rounds, the minimum the driver accepts), not per connection.
 */
final class ScramSha256 {

    static final String MECHANISM = "SCRAM-SHA-256";
    private static final int ITERATIONS = 4_096;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String username;
    private final byte[] salt;
    private final byte[] storedKey;
    private final byte[] serverKey;

    ScramSha256(String username, char[] password) {
        this.username = username;
        this.salt = randomBytes(16);
        byte[] saltedPassword = pbkdf2(password, salt);
        this.storedKey = sha256(hmac(saltedPassword, "Client Key"));
        this.serverKey = hmac(saltedPassword, "Server Key");
    }

    /** One authentication attempt on one connection, between {@code saslStart} and {@code saslContinue}. */
    record Conversation(String clientFirstBare, String serverFirst, String nonce) {
    }

    /** Answers the client-first message; empty if it is malformed or names another user. */
    Optional<Conversation> start(byte[] clientFirst) {
        String message = new String(clientFirst, StandardCharsets.UTF_8);
        if (!message.startsWith("n,,")) {
            return Optional.empty(); // channel binding is not offered
        }
        String bare = message.substring(3);
        Map<String, String> fields = fields(bare);
        if (!username.equals(fields.get("n")) || fields.get("r") == null) {
            return Optional.empty();
        }
        String nonce = fields.get("r") + Base64.getEncoder().encodeToString(randomBytes(18));
        String serverFirst = "r=" + nonce + ",s=" + Base64.getEncoder().encodeToString(salt) + ",i=" + ITERATIONS;
        return Optional.of(new Conversation(bare, serverFirst, nonce));
    }

    /** Checks the client's proof; the server-final message (its own signature) if it is right. */
    Optional<byte[]> finish(Conversation conversation, byte[] clientFinal) {
        String message = new String(clientFinal, StandardCharsets.UTF_8);
        int proofAt = message.lastIndexOf(",p=");
        if (proofAt < 0) {
            return Optional.empty();
        }
        String withoutProof = message.substring(0, proofAt);
        Map<String, String> fields = fields(withoutProof);
        if (!conversation.nonce().equals(fields.get("r"))) {
            return Optional.empty();
        }
        byte[] proof;
        try {
            proof = Base64.getDecoder().decode(message.substring(proofAt + 3));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String authMessage = conversation.clientFirstBare() + "," + conversation.serverFirst() + "," + withoutProof;
        byte[] clientSignature = hmac(storedKey, authMessage);
        if (proof.length != clientSignature.length) {
            return Optional.empty();
        }
        byte[] clientKey = new byte[proof.length];
        for (int i = 0; i < proof.length; i++) {
            clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
        }
        if (!MessageDigest.isEqual(sha256(clientKey), storedKey)) {
            return Optional.empty();
        }
        String serverFinal = "v=" + Base64.getEncoder().encodeToString(hmac(serverKey, authMessage));
        return Optional.of(serverFinal.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> fields(String message) {
        Map<String, String> fields = new HashMap<>();
        for (String part : message.split(",")) {
            if (part.length() > 1 && part.charAt(1) == '=') {
                fields.putIfAbsent(part.substring(0, 1), part.substring(2));
            }
        }
        return fields;
    }

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] pbkdf2(char[] password, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
