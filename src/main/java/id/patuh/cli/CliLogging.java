package id.patuh.cli;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;

/**
 * Sends all logging of a command to stderr, from the first line on: stdout belongs to the
 * command's result (logback's fallback configuration would print DEBUG lines to stdout).
 * Uses {@code logback-cli.xml}, the same file the commands that start the application use.
 */
final class CliLogging {

    private CliLogging() {
    }

    static void toStandardError() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(CliLogging.class.getResource("/logback-cli.xml"));
        } catch (JoranException e) {
            throw new IllegalStateException("logback-cli.xml is part of the application and must load", e);
        }
    }
}
