package id.patuh.security;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Sign-ins for the demo ({@code --patuh.demo=true}), so that a newcomer can open the console as
 * each kind of user: an inspektorat user for every demo tenant, a Sekcam and an operator of one
 * kecamatan. Each gets a random password, printed once like the first admin's; only the bcrypt
 * hash is kept. Only in basic mode with security on; a user that already exists is left alone.
 * The banner names the address the web server really listens on (not always 8080:
 * {@code --server.port}, a random port, a context path), learnt when the server starts, which
 * is before the demo is loaded.
 */
@Component
@NamedInterface("api")
public class DemoUsers implements ApplicationListener<WebServerInitializedEvent> {

    public static final String INSPEKTUR = "inspektur.demo";
    public static final String SEKCAM = "sekcam.demo";
    public static final String OPERATOR = "operator.demo";

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserDirectory users;
    private final PasswordEncoder encoder;
    private final PatuhSecurityProperties properties;
    /** The console's address once the web server runs; "/console" alone without one (e.g. a command). */
    private volatile String console = "/console";

    DemoUsers(UserDirectory users, PasswordEncoder encoder, PatuhSecurityProperties properties) {
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // a management server on its own port (actuator) is not where people sign in
        if (event.getApplicationContext().getServerNamespace() != null) {
            return;
        }
        String contextPath = event.getApplicationContext() instanceof ServletWebServerApplicationContext servlet
                && servlet.getServletContext() != null ? servlet.getServletContext().getContextPath() : "";
        console = "http://localhost:" + event.getWebServer().getPort() + contextPath + "/console";
    }

    /**
     * @param tenants   the demo's tenants, all of them readable by the inspektorat user
     * @param kecamatan the tenant of the Sekcam and the operator
     * @return the users created now (none when security is off, in JWT mode, or they exist)
     */
    public List<String> create(List<String> tenants, String kecamatan) {
        if (!properties.enabled() || properties.mode() != PatuhSecurityProperties.Mode.BASIC) {
            log.info("Keamanan mati atau mode JWT: pengguna demo tidak dibuat / security off or JWT mode: no demo users");
            return List.of();
        }
        // the first admin comes first: once demo users exist the store no longer looks empty
        BootstrapAdmin.ensure(users, encoder);
        StringBuilder printed = new StringBuilder();
        List<String> created = new ArrayList<>();
        add(INSPEKTUR, Role.INSPEKTORAT, List.copyOf(tenants), printed, created);
        add(SEKCAM, Role.SEKCAM, List.of(kecamatan), printed, created);
        add(OPERATOR, Role.OPERATOR, List.of(kecamatan), printed, created);
        if (!created.isEmpty()) {
            log.warn("""

                    ================================================================
                    Pengguna demo dibuat / demo users created:{}
                    Masuk di / sign in at  {}
                    Catat sekarang: kata sandi ini tidak ditampilkan lagi.
                    Write it down now: it is not shown again.
                    ================================================================""", printed, console);
        }
        return List.copyOf(created);
    }

    private void add(String username, Role role, List<String> tenants, StringBuilder printed, List<String> created) {
        if (exists(username)) {
            log.info("Pengguna demo {} sudah ada, tidak diubah / demo user {} exists, left as it is", username, username);
            return;
        }
        String password = BootstrapAdmin.randomPassword();
        users.store(username, encoder.encode(password), List.of(role), tenants);
        printed.append(String.format("%n  %-15s %-12s kata sandi / password:  %s   (%s)", username, role.name(),
                password, String.join(", ", tenants)));
        created.add(username);
    }

    private boolean exists(String username) {
        try {
            users.loadUserByUsername(username);
            return true;
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
