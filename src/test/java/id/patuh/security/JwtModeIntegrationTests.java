package id.patuh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Resource-server mode: roles and tenants come from the token's claims (e.g. from Keycloak). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.security.mode=jwt", "patuh.evaluation.sweep-on-start=false"})
class JwtModeIntegrationTests {

    static KeyPair keys;

    @DynamicPropertySource
    static void publicKey(DynamicPropertyRegistry registry) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        Path pem = Files.createTempFile(Path.of("target"), "jwt-", ".pub");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void rolesAndTenantsComeFromTheToken() throws Exception {
        assertThat(call(token(List.of("INSPEKTORAT"), List.of("kec-kemlagi")), "/api/findings"))
                .isEqualTo(HttpStatus.OK);
        // a unit's operator reads its own findings (it reports their follow-up); a scraper does not
        assertThat(call(token(List.of("OPERATOR"), List.of("kec-kemlagi")), "/api/findings"))
                .isEqualTo(HttpStatus.OK);
        assertThat(call(token(List.of("SCRAPER"), List.of("kec-kemlagi")), "/api/findings"))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(token(List.of("ADMIN"), List.of("*")), "/api/admin/users")).isEqualTo(HttpStatus.OK);
        assertThat(call("not-a-token", "/api/findings")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private HttpStatus call(String token, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return HttpStatus.valueOf(http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getStatusCode().value());
    }

    private static String token(List<String> roles, List<String> tenants) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("pengguna-uji").claim("roles", roles)
                .claim("tenants", tenants).expirationTime(new Date(System.currentTimeMillis() + 60_000)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        return jwt.serialize();
    }
}
