package org.accord.testing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Add to a test's context classes to replace the business {@code Clock} with a
 * {@link MutableClock} the test moves forward ({@code @Autowired MutableClock clock}).
 */
@Configuration(proxyBeanMethods = false)
public class MutableBusinessTime {

    @Bean
    @Primary
    MutableClock businessClock() {
        return new MutableClock();
    }
}
