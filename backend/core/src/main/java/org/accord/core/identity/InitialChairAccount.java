package org.accord.core.identity;

import org.accord.api.shared.Actor;
import org.accord.api.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On an installation without any account (an external database, no demo data), creates the
 * secretariat's first account {@code chair} when {@code ACCORD_CHAIR_PASSWORD}
 * ({@code accord.bootstrap.chair-password}) is set, so that somebody can sign in at all.
 */
@Component
@ConditionalOnProperty(name = "accord.demo.enabled", havingValue = "false", matchIfMissing = true)
class InitialChairAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialChairAccount.class);

    private final AccountStore accounts;
    private final String password;

    InitialChairAccount(AccountStore accounts,
                        @Value("${accord.bootstrap.chair-password:${ACCORD_CHAIR_PASSWORD:}}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!password.isBlank() && accounts.isEmpty()) {
            accounts.create(new NewAccount(new Actor("chair", "Secretariat (Chair)", Role.CHAIR, null), password));
            log.info("Created the first account 'chair' with the password from ACCORD_CHAIR_PASSWORD");
        }
    }
}
