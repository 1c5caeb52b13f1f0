package gov.chuangcheng.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The number of rows in every table of one service's database, read in one statement, so that a test can tell after
 * each request whether anything was written.
 */
final class RowCounts implements AutoCloseable {

    private final Connection connection;
    private final String query;

    RowCounts(String database) throws SQLException {
        this(database, Set.of());
    }

    /** The counts of every table but Flyway's and {@code ignored} (tables a request may write to by design). */
    RowCounts(String database, Set<String> ignored) throws SQLException {
        connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + database, "chuangcheng", "chuangcheng");
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema ="
                        + " 'public' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'"
                        + " order by 1")) {
            while (rs.next()) {
                if (!ignored.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        StringBuilder sql = new StringBuilder();
        for (String t : tables) {
            sql.append(sql.isEmpty() ? "" : " union all ")
                    .append("select '")
                    .append(t)
                    .append("', count(*) from \"")
                    .append(t)
                    .append('"');
        }
        query = sql.toString();
    }

    /** {@code database}'s counts now, on a connection of their own. */
    static Map<String, Long> of(String database, Set<String> ignored) {
        try (RowCounts counts = new RowCounts(database, ignored)) {
            return counts.now();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Long> now() {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
