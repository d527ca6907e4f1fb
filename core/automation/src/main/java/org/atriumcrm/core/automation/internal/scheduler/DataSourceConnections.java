package org.atriumcrm.core.automation.internal.scheduler;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.quartz.utils.ConnectionProvider;

/** Hands Quartz the connections of the Atrium data source (the pool belongs to pax-jdbc, not to Quartz). */
final class DataSourceConnections implements ConnectionProvider {

    private final DataSource dataSource;

    DataSourceConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
        // the pool outlives the scheduler
    }

    @Override
    public void initialize() {
        // nothing to set up: the data source is ready when the component activates
    }
}
