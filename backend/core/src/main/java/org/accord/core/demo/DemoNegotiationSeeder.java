package org.accord.core.demo;

import org.accord.api.drafting.AddParagraph;
import org.accord.api.drafting.AddPreambleParagraph;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.shared.ArticleId;
import org.accord.api.negotiation.AccreditObserver;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.procedure.RulesOfProcedure;
import org.accord.api.shared.Actor;
import org.accord.api.shared.Role;
import org.accord.core.identity.AccountStore;
import org.accord.core.identity.NewAccount;
import org.accord.core.infrastructure.ActorMetaData;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * On the first start of a demo installation, creates the demo accounts and the demo negotiation
 * <em>by sending commands as its chair</em>, so that the demo is real, replayable history.
 * The accounts and their passwords are written to an owner-readable file and printed at start-up.
 */
@Component
@ConditionalOnProperty(name = "accord.demo.enabled", havingValue = "true")
@EnableConfigurationProperties(DemoProperties.class)
class DemoNegotiationSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNegotiationSeeder.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final CommandGateway commands;
    private final AccountStore accounts;
    private final DemoProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DemoNegotiationSeeder(CommandGateway commands, AccountStore accounts, DemoProperties properties,
                          PlatformTransactionManager transactionManager, Clock clock) {
        this.clock = clock;
        this.commands = commands;
        this.accounts = accounts;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.isEmpty()) {
            // accounts and events in one transaction: a crash half-way leaves nothing, and the next start retries
            List<String> lines = transactions.execute(status -> createAccountsAndNegotiation());
            log.info("Created the demo negotiation '{}' by sending commands as its chair", DemoCharter.TITLE);
            save(lines);
            print(lines);
        } else if (properties.accountsFile() != null && Files.isReadable(properties.accountsFile())) {
            print(read());
        }
    }

    private List<String> createAccountsAndNegotiation() {
        List<String> lines = new ArrayList<>();
        Actor chair = new Actor("chair", "Secretariat (Chair)", Role.CHAIR, null);
        account(chair, lines);
        for (DemoCharter.Party party : DemoCharter.MEMBERS) {
            String code = party.code().value().toLowerCase(Locale.ROOT);
            account(new Actor(code + ".head", party.head(), Role.HEAD_OF_DELEGATION, party.code()), lines);
            account(new Actor(code + ".delegate", party.delegate(), Role.DELEGATE, party.code()), lines);
        }
        for (DemoCharter.Observer observer : DemoCharter.OBSERVERS) {
            String code = observer.code().value().toLowerCase(Locale.ROOT);
            account(new Actor(code + ".observer", observer.person(), Role.OBSERVER, observer.code()), lines);
        }
        openNegotiation(chair);
        return lines;
    }

    private void account(Actor actor, List<String> lines) {
        String password = properties.password() == null || properties.password().isBlank()
                ? randomPassword() : properties.password();
        accounts.create(new NewAccount(actor, password));
        lines.add(String.format("  %-16s %-20s %-5s %s", actor.username(), actor.role(),
                actor.delegation() == null ? "-" : actor.delegation(), password));
    }

    private void openNegotiation(Actor chair) {
        // the talks meet in Tashkent: their deadlines are announced in its time
        RulesOfProcedure standard = RulesOfProcedure.standard();
        send(new OpenNegotiation(DemoCharter.ID, DemoCharter.TITLE, new RulesOfProcedure(standard.decisionRule(),
                standard.confidentiality(), standard.workingLanguages(), standard.minimumSilenceHours(),
                java.time.ZoneId.of("Asia/Tashkent"))), chair);
        DemoCharter.MEMBERS.forEach(p -> send(new AccreditMember(DemoCharter.ID, p.code(), p.name(), p.head(),
                List.of(p.delegate())), chair));
        DemoCharter.OBSERVERS.forEach(o -> send(new AccreditObserver(DemoCharter.ID, o.code(), o.name()), chair));
        send(new AddPreambleParagraph(DemoCharter.ID, ArticleId.of("pp-indivisible"),
                "Convinced that the security of Central Asia is indivisible and that it is best built among the "
                        + "States of the region themselves,"), chair);
        DemoCharter.ARTICLES.forEach(a -> send(new AddArticle(DemoCharter.ID, a.id(), a.heading(), a.text()), chair));
        ArticleId mechanisms = DemoCharter.ARTICLES.get(3).id();
        send(new AddParagraph(DemoCharter.ID, ArticleId.of("art-response-mechanisms-p1"), mechanisms,
                "A Council of National Security Advisers shall meet at least twice a year."), chair);
        send(new AddParagraph(DemoCharter.ID, ArticleId.of("art-response-mechanisms-p2"), mechanisms,
                "In an emergency any Party may request consultations within forty-eight hours."), chair);
        new DemoStory(commands, clock).tell(chair);
    }

    private void send(Object command, Actor chair) {
        commands.sendAndWait(command, ActorMetaData.of(chair));
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private void save(List<String> lines) {
        if (properties.accountsFile() == null) {
            return;
        }
        try {
            Files.createDirectories(properties.accountsFile().toAbsolutePath().getParent());
            Files.deleteIfExists(properties.accountsFile());
            // created owner-only from the start: never readable by others, not even for a moment
            Files.createFile(properties.accountsFile(),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(properties.accountsFile(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo accounts to " + properties.accountsFile(), e);
        }
    }

    private List<String> read() {
        try {
            return Files.readAllLines(properties.accountsFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(List<String> lines) {
        log.info("Demo accounts (username, role, delegation, password):\n{}", String.join("\n", lines));
    }
}
