package org.accord.core.negotiation;

import org.accord.core.infrastructure.ActorRequired;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A {@link Negotiation} test fixture with the server's actor guard and business time following the fixture's. */
final class Fixtures {

    private Fixtures() {
    }

    static AggregateTestFixture<Negotiation> negotiation() {
        AggregateTestFixture<Negotiation> fixture = new AggregateTestFixture<>(Negotiation.class);
        fixture.registerCommandHandlerInterceptor(new ActorRequired());
        fixture.registerInjectableResource(new FixtureClock(fixture));
        return fixture;
    }

    /** Given {@link ClauseTest#negotiationWithOneArticle()} followed by {@code more} events. */
    static TestExecutor<Negotiation> givenOneArticle(AggregateTestFixture<Negotiation> fixture, Object... more) {
        return fixture.given(history(more));
    }

    /** As {@link #givenOneArticle}, with the fixture's clock at {@code now}. */
    static TestExecutor<Negotiation> givenOneArticleAt(AggregateTestFixture<Negotiation> fixture, Instant now,
                                                       Object... more) {
        return fixture.givenCurrentTime(now).andGiven(history(more));
    }

    private static List<Object> history(Object... more) {
        List<Object> events = new ArrayList<>(ClauseTest.negotiationWithOneArticle());
        events.addAll(List.of(more));
        return events;
    }

    /** The fixture's current time as a {@link Clock}: it moves when the fixture's time moves. */
    static final class FixtureClock extends Clock {

        private final AggregateTestFixture<?> fixture;

        FixtureClock(AggregateTestFixture<?> fixture) {
            this.fixture = fixture;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return fixture.currentTime();
        }
    }
}
