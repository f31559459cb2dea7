package id.patuh.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * On a first run with no users at all, creates user {@code admin} with a random password and
 * prints it once. There is no default password anywhere in the code.
 */
final class BootstrapAdmin {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private BootstrapAdmin() {
    }

    static void ensure(UserDirectory users, PasswordEncoder encoder) {
        if (users.anyUser()) {
            return;
        }
        String password = randomPassword();
        users.store("admin", encoder.encode(password), List.of(Role.ADMIN, Role.INSPEKTORAT), List.of("*"));
        log.warn("""

                ================================================================
                Pengguna pertama dibuat / first user created:
                  pengguna / user:  admin
                  kata sandi / password:  {}
                Catat sekarang: kata sandi ini tidak ditampilkan lagi.
                Write it down now: it is not shown again.
                ================================================================""", password);
    }

    /** 24 URL-safe characters from 18 random bytes. */
    static String randomPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
