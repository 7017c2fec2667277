import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Prints the first column of the first row of one query: bench/run counts what a load wrote (the
 * audit records of the audited list request) in the database the running server uses.
 *
 * java -cp h2.jar Count.java JDBC_URL USER PASSWORD SQL
 */
public class Count {

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(args[3])) {
            rs.next();
            System.out.println(rs.getLong(1));
        }
    }
}
