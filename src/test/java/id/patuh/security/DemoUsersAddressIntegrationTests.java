package id.patuh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo users' banner tells the address patuh really listens on: here a random port and a
 * context path, never the 8080 it printed regardless before (issue 17).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false",
            "server.servlet.context-path=/patuh"})
@ExtendWith(OutputCaptureExtension.class)
class DemoUsersAddressIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoUsers demoUsers;

    @Test
    void theBannerNamesTheRunningServersPortAndPath(CapturedOutput output) {
        assertThat(port).isNotEqualTo(8080);
        assertThat(demoUsers.create(List.of("kec-kemlagi"), "kec-kemlagi")).contains(DemoUsers.SEKCAM);

        assertThat(output.getAll()).contains("sign in at  http://localhost:" + port + "/patuh/console")
                .doesNotContain("8080");
    }
}
