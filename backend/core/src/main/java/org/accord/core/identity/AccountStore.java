package org.accord.core.identity;

import org.accord.api.shared.Actor;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Accounts in PostgreSQL (table {@code account}); passwords are stored only as hashes. */
@Repository
public class AccountStore {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    AccountStore(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Transactional
    public void create(NewAccount account) {
        Actor actor = account.actor();
        jdbc.sql("""
                        insert into account (username, password_hash, display_name, role, delegation)
                        values (:username, :hash, :name, :role, :delegation)""")
                .param("username", actor.username())
                .param("hash", passwords.encode(account.rawPassword()))
                .param("name", actor.displayName())
                .param("role", actor.role().name())
                .param("delegation", actor.delegation() == null ? null : actor.delegation().value())
                .update();
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from account)").query(Boolean.class).single();
    }

    Optional<AccordPrincipal> find(String username) {
        return jdbc.sql("""
                        select username, password_hash, display_name, role, delegation, enabled
                        from account where username = :username""")
                .param("username", username)
                .query((rs, row) -> new AccordPrincipal(
                        new Actor(rs.getString("username"), rs.getString("display_name"),
                                Role.valueOf(rs.getString("role")),
                                rs.getString("delegation") == null ? null : DelegationCode.of(rs.getString("delegation"))),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled")))
                .optional();
    }
}
