package id.patuh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoCredential;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * The embedded store serves only clients that know this start's secret: the probe that read
 * {@code users} and added an ADMIN through a plain client, or by writing the wire protocol by
 * hand, is refused; patuh's own client, and another process of the same OS user that reads the
 * owner-only access file, are served.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedStoreAccessTests {

    @TempDir
    Path dir;

    EmbeddedMongoServer server;

    @BeforeEach
    void start() {
        server = new EmbeddedMongoServer(new StoreProperties(StoreProperties.EmbeddedBackend.FILE,
                dir.resolve("data").resolve("patuh.mv.db"), "127.0.0.1", 0, "patuh"));
        try (MongoClient patuh = MongoClients.create(server.clientSettings())) {
            patuh.getDatabase("patuh").getCollection("users").insertOne(new Document("_id", "admin").append("roles",
                    java.util.List.of("ADMIN")));
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aClientWithoutTheSecretCanNeitherReadNorWrite() {
        try (MongoClient intruder = MongoClients.create(settings(null))) {
            var users = intruder.getDatabase("patuh").getCollection("users");

            assertThatThrownBy(() -> users.find().first()).isInstanceOfSatisfying(MongoCommandException.class,
                    e -> assertThat(e.getErrorCode()).isEqualTo(13));
            assertThatThrownBy(() -> users.insertOne(new Document("_id", "mallory").append("roles",
                    java.util.List.of("ADMIN")))).isInstanceOfSatisfying(MongoCommandException.class,
                    e -> assertThat(e.getErrorCode()).isEqualTo(13));
            assertThatThrownBy(() -> intruder.listDatabaseNames().first()).isInstanceOf(MongoCommandException.class);
        }
        try (MongoClient patuh = MongoClients.create(server.clientSettings())) {
            assertThat(patuh.getDatabase("patuh").getCollection("users").countDocuments()).as("no user was added")
                    .isEqualTo(1);
        }
    }

    @Test
    void aWrongSecretIsRefused() {
        MongoCredential guess = MongoCredential.createScramSha256Credential(StoreAccess.USERNAME,
                StoreAccess.AUTH_DATABASE, "tebakan-guess".toCharArray());
        try (MongoClient intruder = MongoClients.create(settings(guess))) {
            assertThatThrownBy(() -> intruder.getDatabase("patuh").getCollection("users").find().first())
                    .isInstanceOf(MongoSecurityException.class);
        }
    }

    @Test
    void aHandWrittenOpMsgFindOnUsersIsRefused() throws Exception {
        BsonDocument find = new BsonDocument("find", new BsonString("users")).append("$db", new BsonString("patuh"));

        BsonDocument reply = opMsg(find);

        assertThat(reply.getNumber("ok").intValue()).isZero();
        assertThat(reply.getInt32("code")).isEqualTo(new BsonInt32(13));
        assertThat(reply.toJson()).doesNotContain("ADMIN").doesNotContain("admin\"");
    }

    @Test
    void patuhsOwnClientWorks() {
        try (MongoClient patuh = MongoClients.create(server.clientSettings())) {
            Document admin = patuh.getDatabase("patuh").getCollection("users").find().first();

            assertThat(admin).containsEntry("_id", "admin");
        }
    }

    @Test
    void anotherProcessOfTheSameUserFindsTheStoreInTheOwnerOnlyAccessFile(CapturedOutput output) throws Exception {
        Path accessFile = dir.resolve("data").resolve(AccessFile.NAME);

        assertThat(Files.getPosixFilePermissions(accessFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dir.resolve("data").resolve("patuh.mv.db")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dir.resolve("data")))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        String uri = Files.readString(accessFile).trim();
        try (MongoClient second = MongoClients.create(uri)) {
            assertThat(second.getDatabase("patuh").getCollection("users").countDocuments()).isEqualTo(1);
        }
        String secret = new ConnectionString(uri).getPassword() == null ? "" : new String(new ConnectionString(uri)
                .getPassword());
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
        assertThat(output.getAll()).as("the secret is never logged").doesNotContain(secret);
        assertThat(server.connectionString()).doesNotContain(secret);

        server.close();
        assertThat(accessFile).as("a stopped store leaves no secret behind").doesNotExist();
    }

    private MongoClientSettings settings(MongoCredential credential) {
        MongoClientSettings.Builder builder = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.connectionString()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(3, TimeUnit.SECONDS));
        return (credential == null ? builder : builder.credential(credential)).build();
    }

    /** Sends one OP_MSG (opcode 2013) over a plain socket, as a local process without any driver could. */
    private BsonDocument opMsg(BsonDocument command) throws Exception {
        BasicOutputBuffer body = new BasicOutputBuffer();
        new BsonDocumentCodec().encode(new BsonBinaryWriter(body), command, EncoderContext.builder().build());
        byte[] document = body.toByteArray();
        ByteBuffer message = ByteBuffer.allocate(16 + 4 + 1 + document.length).order(ByteOrder.LITTLE_ENDIAN);
        message.putInt(message.capacity()).putInt(1).putInt(0).putInt(2013).putInt(0).put((byte) 0).put(document);
        String[] hostPort = server.connectionString().substring("mongodb://".length()).split("/")[0].split(":");
        try (Socket socket = new Socket(hostPort[0], Integer.parseInt(hostPort[1]))) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(message.array());
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] header = new byte[16];
            in.readFully(header);
            int length = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getInt();
            byte[] rest = new byte[length - 16];
            in.readFully(rest);
            ByteBuffer reply = ByteBuffer.wrap(rest, 5, rest.length - 5); // flags (4) and section kind (1)
            return new BsonDocumentCodec().decode(new BsonBinaryReader(reply.slice().order(ByteOrder.LITTLE_ENDIAN)),
                    DecoderContext.builder().build());
        }
    }

}
