package org.accord.core.negotiation;

import org.accord.core.infrastructure.ActorRequired;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

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
