package org.accord.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points a Spring test context at a {@link TestDatabase#fresh() fresh database}:
 * {@code @ContextConfiguration(initializers = FreshDatabaseInitializer.class)}.
 */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Coordinates database = TestDatabase.fresh();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("accord-test-database", Map.of(
                "spring.datasource.url", database.url(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password())));
    }
}
