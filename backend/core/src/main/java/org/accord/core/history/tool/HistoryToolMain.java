package org.accord.core.history.tool;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.ComponentScan;

import java.util.ArrayList;
import java.util.List;

/**
 * Boots the core alone (no UI, no web server) to run one history tool against the database named by
 * {@code spring.datasource.*}: {@code generate} ({@code infra/bin/generate-history}) or {@code bench}
 * ({@code infra/bin/bench-history}); see {@link HistoryToolRunner}. Ignored by the application's
 * component scan unless {@code accord.history.tool} is set.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("org.accord.core")
@ConditionalOnProperty("accord.history.tool")
public class HistoryToolMain {

    public static void main(String[] args) {
        if (args.length == 0 || !List.of("generate", "bench").contains(args[0])) {
            System.err.println("usage: HistoryToolMain generate|bench [--accord.history.events=N] [--accord.history.negotiation=ID] ...");
            System.exit(2);
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        rest.add("--accord.history.tool=" + args[0]);
        SpringApplication application = new SpringApplication(HistoryToolMain.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        System.exit(SpringApplication.exit(application.run(rest.toArray(String[]::new))));
    }
}
