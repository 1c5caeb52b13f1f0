package gov.chuangcheng.system;

import io.restassured.RestAssured;

/** Real tokens from the running Keycloak for the seed users (password = username). */
final class Tokens {

    static final String TOKEN_URL = "http://127.0.0.1:8180/realms/chuangcheng/protocol/openid-connect/token";

    private Tokens() {
    }

    static String forUser(String username) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "chuangcheng-web")
                .formParam("client_secret", "chuangcheng-web-secret")
                .formParam("username", username)
                .formParam("password", username)
                .post(TOKEN_URL)
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
