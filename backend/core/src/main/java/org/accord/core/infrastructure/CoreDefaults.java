package org.accord.core.infrastructure;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Loads the core module's defaults ({@code accord-core.properties}) wherever the core runs. */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:accord-core.properties")
class CoreDefaults {
}
