package org.accord.ui;

import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps Atmosphere (Vaadin push) from looking up its vendor's host at every start. */
@Configuration(proxyBeanMethods = false)
class PushConfiguration {

    @Bean
    ServletContextInitializer atmosphereWithoutAnalytics() {
        return servletContext -> servletContext.setInitParameter(
                "org.atmosphere.cpr.AtmosphereFramework.analytics", "false");
    }
}
