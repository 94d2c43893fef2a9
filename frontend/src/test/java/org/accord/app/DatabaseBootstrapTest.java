package org.accord.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reasons not to start are clear, single lines; the choice of database follows the settings. */
class DatabaseBootstrapTest {

    @TempDir
    Path temp;

    @Test
    void a_second_instance_on_the_same_data_directory_refuses_to_start() {
        try (DatabaseBootstrap.HomeLock first = DatabaseBootstrap.lockHome(temp)) {
            assertThatThrownBy(() -> DatabaseBootstrap.lockHome(temp))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining("another Accord is already running on data directory " + temp)
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void the_data_directory_can_be_locked_again_once_released() {
        DatabaseBootstrap.lockHome(temp).close();
        DatabaseBootstrap.lockHome(temp).close();
    }

    @Test
    void a_data_directory_that_cannot_be_created_is_a_one_line_reason() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
        Path home = file.resolve("accord");

        assertThatThrownBy(() -> DatabaseBootstrap.lockHome(home))
                .isInstanceOf(StartupFailure.class)
                .hasMessageStartingWith("data directory " + home + " cannot be created")
                .hasMessageContaining("ACCORD_HOME")
                .hasMessageNotContaining("\n");
    }

    @Test
    void the_home_defaults_to_dot_accord_under_the_user_home() {
        assertThat(DatabaseBootstrap.home(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".accord").toAbsolutePath());
        assertThat(DatabaseBootstrap.home(Map.of("ACCORD_HOME", temp.toString()))).isEqualTo(temp);
    }

    @Test
    void an_external_database_is_recognised_from_the_usual_settings() {
        assertThat(DatabaseBootstrap.externalDatabaseConfigured(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/x"),
                new String[0])).isTrue();
        assertThat(DatabaseBootstrap.externalDatabaseConfigured(Map.of(),
                new String[]{"--spring.datasource.url=jdbc:postgresql://db/x"})).isTrue();
        assertThat(DatabaseBootstrap.externalDatabaseConfigured(Map.of(), new String[]{"--server.port=9090"})).isFalse();
    }
}
