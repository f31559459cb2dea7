package id.patuh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class PasswordHashCommandTests {

    @Test
    void printsABcryptHashThatMatchesThePasswordFromStdin() {
        StringWriter out = new StringWriter();
        int exit = withStdin("rahasia-kecamatan-2024\n", () -> PatuhCli.run(new String[] {"password-hash"},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));

        assertThat(exit).isZero();
        String hash = out.toString().strip();
        assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain("rahasia");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("rahasia-kecamatan-2024", hash))
                .isTrue();
    }

    @Test
    void refusesAShortPassword() {
        StringWriter err = new StringWriter();
        int exit = withStdin("pendek\n", () -> PatuhCli.run(new String[] {"password-hash"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("12");
    }

    private static int withStdin(String text, java.util.function.IntSupplier action) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return action.getAsInt();
        } finally {
            System.setIn(original);
        }
    }
}
