package org.accord.core.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Form login looks people up here. */
@Service
class AccordUserDetailsService implements UserDetailsService {

    private final AccountStore accounts;

    AccordUserDetailsService(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
