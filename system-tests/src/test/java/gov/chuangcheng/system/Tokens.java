package gov.chuangcheng.system;

import io.restassured.RestAssured;

/** Real tokens from the running Keycloak for the seed users (password = username). */
final class Tokens {

    static final String TOKEN_URL = "http://127.0.0.1:8180/realms/chuangcheng/protocol/openid-connect/token";

    private Tokens() {}

    static String forUser(String username) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "chuangcheng-web")
                .formParam("client_secret", "chuangcheng-web-secret")
                .formParam("username", username)
                .formParam("password", username)
                .post(TOKEN_URL)
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** A service account's token (client credentials), e.g. an integration client. */
    static String forClient(String clientId, String secret) {
        return RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(TOKEN_URL)
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** The same header and claims as a genuine token, signed with a key the realm never had. */
    static String forged(String genuine) {
        try {
            String[] parts = genuine.split("\\.");
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
            rsa.initSign(generator.generateKeyPair().getPrivate());
            rsa.update((parts[0] + "." + parts[1]).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return parts[0] + "." + parts[1] + "."
                    + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
