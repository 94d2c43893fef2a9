package org.accord.core.infrastructure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Business time: one injected {@link Clock} for the aggregates (silence expiry, late objections)
 * and for the deadline scheduler, so that tests control time instead of waiting for it.
 */
@Configuration(proxyBeanMethods = false)
class BusinessTime {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
        return clock::instant;
    }
}
