package id.patuh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The demo's users: random passwords printed once, roles and tenants as documented, no second copy. */
@ExtendWith(OutputCaptureExtension.class)
class DemoUsersTests {

    private static final Pattern PRINTED = Pattern.compile("(\\S+)\\s+(INSPEKTORAT|SEKCAM|OPERATOR)\\s+kata sandi / password:\\s+(\\S+)");
    private static final List<String> TENANTS = List.of("kec-kemlagi", "setda-sidoarjo-perencanaan");

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @BeforeEach
    void store() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        mongo = new MongoTemplate(client, "patuh");
    }

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void createsAnInspektoratASekcamAndAnOperatorWithPasswordsPrintedOnce(CapturedOutput output) {
        UserDirectory users = new UserDirectory(properties(true), mongo);
        assertThat(new DemoUsers(users, encoder, properties(true)).create(TENANTS, "kec-kemlagi"))
                .containsExactly(DemoUsers.INSPEKTUR, DemoUsers.SEKCAM, DemoUsers.OPERATOR);

        Map<String, String> passwords = PRINTED.matcher(output.getAll()).results()
                .collect(Collectors.toMap(m -> m.group(1), m -> m.group(3)));
        assertThat(passwords).containsOnlyKeys(DemoUsers.INSPEKTUR, DemoUsers.SEKCAM, DemoUsers.OPERATOR);
        assertThat(passwords.values()).allMatch(p -> p.length() >= 20).doesNotHaveDuplicates();
        PatuhUser inspektur = (PatuhUser) users.loadUserByUsername(DemoUsers.INSPEKTUR);
        assertThat(encoder.matches(passwords.get(DemoUsers.INSPEKTUR), inspektur.getPassword())).isTrue();
        assertThat(inspektur.getPassword()).startsWith("{bcrypt}");
        assertThat(inspektur.roles()).containsExactly(Role.INSPEKTORAT);
        assertThat(inspektur.scope()).isEqualTo(TenantScope.of(TENANTS));
        PatuhUser sekcam = (PatuhUser) users.loadUserByUsername(DemoUsers.SEKCAM);
        assertThat(sekcam.roles()).containsExactly(Role.SEKCAM);
        assertThat(sekcam.scope()).isEqualTo(TenantScope.of(List.of("kec-kemlagi")));
        assertThat(((PatuhUser) users.loadUserByUsername(DemoUsers.OPERATOR)).roles()).containsExactly(Role.OPERATOR);
        // the first admin is still made: demo users must not make the store look configured
        Matcher admin = Pattern.compile("pengguna / user:\\s+admin").matcher(output.getAll());
        assertThat(admin.find()).isTrue();
        // no web server here (a command, a unit test): the path alone, not an address it may not have
        assertThat(output.getAll()).contains("sign in at  /console").doesNotContain("8080");

        assertThat(new DemoUsers(new UserDirectory(properties(true), mongo), encoder, properties(true))
                .create(TENANTS, "kec-kemlagi")).isEmpty();
        assertThat(PRINTED.matcher(output.getAll()).results().count()).as("printed once").isEqualTo(3);
        assertThat(mongo.getCollection(UserDirectory.USERS).countDocuments()).isEqualTo(4);
    }

    @Test
    void noDemoUsersWhenSecurityIsOff(CapturedOutput output) {
        UserDirectory users = new UserDirectory(properties(false), mongo);
        assertThat(new DemoUsers(users, encoder, properties(false)).create(TENANTS, "kec-kemlagi")).isEmpty();
        assertThat(output.getAll()).doesNotContain("password:");
        assertThat(mongo.getCollection(UserDirectory.USERS).countDocuments()).isZero();
    }

    private static PatuhSecurityProperties properties(boolean enabled) {
        return new PatuhSecurityProperties(enabled, PatuhSecurityProperties.Mode.BASIC, List.of(),
                new PatuhSecurityProperties.Jwt("roles", "tenants"), false, 5, Duration.ofMinutes(5));
    }
}
