package org.accord.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the core alone (no UI) for integration tests. */
@SpringBootApplication(scanBasePackages = "org.accord.core")
public class CoreTestApplication {
}
