package gov.chuangcheng.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A separate JDBC connection, outside the application's pool, for tests that play a second party. */
public final class TestDatabase {

    private TestDatabase() {}

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/cc_platform_test", "chuangcheng", "chuangcheng");
    }
}
