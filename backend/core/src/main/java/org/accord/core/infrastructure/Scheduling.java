package org.accord.core.infrastructure;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Periodic work within one node (refreshing delayed observers' views); durable deadlines use db-scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
