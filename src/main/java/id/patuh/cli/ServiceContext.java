package id.patuh.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import id.patuh.PatuhApplication;

/**
 * The application without its web server, for commands that work on the configured store
 * (the embedded file store by default, or {@code PATUH_MONGODB_URI}).
 */
final class ServiceContext {

    private ServiceContext() {
    }

    static ConfigurableApplicationContext start(String... extraProperties) {
        String[] properties = new String[extraProperties.length + 3];
        properties[0] = "logging.config=classpath:logback-cli.xml";
        properties[1] = "spring.main.banner-mode=off";
        properties[2] = "patuh.cli=true";
        System.arraycopy(extraProperties, 0, properties, 3, extraProperties.length);
        return new SpringApplicationBuilder(PatuhApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(properties)
                .run();
    }
}
