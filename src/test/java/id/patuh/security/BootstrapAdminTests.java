package id.patuh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/** A first run without users creates an admin with a random password, printed exactly once. */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminTests {

    private static final Pattern PRINTED = Pattern.compile("password:\\s+(\\S+)");

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
    void firstRunCreatesAnAdminWhosePasswordIsPrintedOnce(CapturedOutput output) {
        UserDirectory users = new UserDirectory(properties(List.of()), mongo);
        BootstrapAdmin.ensure(users, encoder);

        Matcher printed = PRINTED.matcher(output.getAll());
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        PatuhUser admin = (PatuhUser) users.loadUserByUsername("admin");
        assertThat(encoder.matches(password, admin.getPassword())).isTrue();
        assertThat(admin.getPassword()).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(admin.roles()).contains(Role.ADMIN);

        BootstrapAdmin.ensure(new UserDirectory(properties(List.of()), mongo), encoder);
        assertThat(PRINTED.matcher(output.getAll()).results().count()).isEqualTo(1);
    }

    @Test
    void configuredUsersMeanNoGeneratedAdmin(CapturedOutput output) {
        UserDirectory users = new UserDirectory(properties(List.of(new PatuhSecurityProperties.User("ani",
                "{bcrypt}" + "$2a$10$abcdefghijklmnopqrstuu", List.of(Role.SEKCAM), List.of("kec-kemlagi")))), mongo);
        BootstrapAdmin.ensure(users, encoder);
        assertThat(output.getAll()).doesNotContain("password:");
        assertThat(mongo.getCollection(UserDirectory.USERS).countDocuments()).isZero();
    }

    private static PatuhSecurityProperties properties(List<PatuhSecurityProperties.User> users) {
        return new PatuhSecurityProperties(true, PatuhSecurityProperties.Mode.BASIC, users,
                new PatuhSecurityProperties.Jwt("roles", "tenants"), false, 5, java.time.Duration.ofMinutes(5));
    }
}
