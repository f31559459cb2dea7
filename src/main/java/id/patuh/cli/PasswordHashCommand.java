package id.patuh.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import id.patuh.messages.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code password-hash}: reads a password from stdin and prints its {@code {bcrypt}} hash for
 * {@code patuh.security.users[n].password}. The password never appears on the command line.
 */
@Command(name = "password-hash", mixinStandardHelpOptions = true,
        description = "${bundle:cli.help.password-hash}")
class PasswordHashCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (password == null || password.length() < 12) {
            spec.commandLine().getErr().println(Texts.both("cli.password.too-short"));
            return 2;
        }
        spec.commandLine().getOut().println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
        return 0;
    }
}
