package org.accord.core.negotiation;

import org.accord.api.shared.CommandRejectedException;
import org.accord.api.shared.RejectionReason;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Hamcrest matcher for a refused command with a given reason. */
final class Rejections {

    private Rejections() {
    }

    static Matcher<CommandRejectedException> rejectedBecause(RejectionReason reason) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRejectedException rejection) {
                return rejection.reason() == reason;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a command rejected because of ").appendValue(reason);
            }
        };
    }
}
