package org.accord;

import org.accord.app.DatabaseBootstrap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Accord: event-sourced negotiation of a charter among states.
 * <p>
 * Without database settings it starts an embedded PostgreSQL whose data persists under
 * {@code ~/.accord} (or {@code ACCORD_HOME}) and creates the demo negotiation; with
 * {@code ACCORD_DB_URL} (or {@code spring.datasource.url}) it uses that server.
 */
@SpringBootApplication
public class AccordApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        DatabaseBootstrap database = DatabaseBootstrap.prepare(args);
        SpringApplication application = new SpringApplication(AccordApplication.class);
        application.setRegisterShutdownHook(false);
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (RuntimeException e) {
            database.stop();
            throw e;
        }
        // close the application first, then the database it was using
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            database.stop();
        }, "accord-shutdown"));
    }
}
