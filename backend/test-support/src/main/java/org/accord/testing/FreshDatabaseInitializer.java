package org.accord.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points a Spring test context at a {@link TestDatabase#fresh() fresh database}:
 * {@code @ContextConfiguration(initializers = FreshDatabaseInitializer.class)}. Spring keeps up to
 * 32 test contexts alive between test classes, each with its connection pool: an idle context keeps
 * one connection, not Hikari's default of ten, so that the suite stays within a PostgreSQL server's
 * {@code max_connections} (100 by default; the CI uses the machine's server).
 */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Coordinates database = TestDatabase.fresh();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("accord-test-database", Map.of(
                "spring.datasource.url", database.url(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password(),
                "spring.datasource.hikari.minimum-idle", "1",
                "spring.datasource.hikari.idle-timeout", "10000")));
    }
}
