package org.xuncha.itests.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the test command (itests/run-all) installs and starts. A developer
 * running plain `mvn verify` without one gets the PostgreSQL cases skipped with a reason; the
 * test command sets xuncha.test.requirePostgres=true, and then a missing server fails the run.
 */
public final class Postgres {

    private Postgres() {
    }

    public static String url() {
        return System.getProperty("xuncha.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/xuncha_test");
    }

    public static String user() {
        return System.getProperty("xuncha.test.pg.user", "xuncha");
    }

    public static String password() {
        return System.getProperty("xuncha.test.pg.password", "xuncha");
    }

    /** Skips the calling test unless PostgreSQL is reachable (fails instead when it is required). */
    public static void assumeAvailable() {
        try (Connection c = DriverManager.getConnection(url(), user(), password())) {
            c.isValid(2);
        } catch (SQLException e) {
            if (Boolean.getBoolean("xuncha.test.requirePostgres")) {
                throw new AssertionError("PostgreSQL is required but not reachable at " + url() + ": " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + url() + " (run itests/run-all to have it installed and started)");
        }
    }

    /** Drops and creates a database for one test; returns its JDBC URL. */
    public static String freshDatabase(String name) {
        try (Connection c = DriverManager.getConnection(url(), user(), password()); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name);
            st.execute("CREATE DATABASE " + name + " OWNER " + user());
        } catch (SQLException e) {
            throw new AssertionError("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return url().substring(0, url().lastIndexOf('/') + 1) + name;
    }
}
