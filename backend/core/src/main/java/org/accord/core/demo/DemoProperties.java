package org.accord.core.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Demo data settings ({@code accord.demo.*}). The embedded default turns the demo on.
 *
 * @param enabled      create the demo negotiation and accounts on first start
 * @param password     one password for every demo account (tests); random ones when empty
 * @param accountsFile where the demo accounts and their passwords are kept (owner-readable only)
 */
@ConfigurationProperties("accord.demo")
record DemoProperties(boolean enabled, String password, Path accountsFile) {
}
