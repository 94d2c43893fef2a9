package org.accord.core.coediting;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.accord.api.coediting.AuthorshipRun;
import org.accord.ot.Component;
import org.accord.ot.TextOperation;
import org.accord.ot.TextOperationBuilder;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Authorship runs against the obvious model, one author per code point: after any sequence of
 * operations by any authors, the runs say who wrote each code point, cover the whole text, and
 * never hold two adjacent runs of one author.
 */
class AuthorshipRunsTest {

    static final List<String> AUTHORS = List.of("KAZ", "KGZ", "TJK", "CHAIR");

    record Edit(String author, long seed) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Combinators.combine(Arbitraries.of(AUTHORS), Arbitraries.longs())
                .as(Edit::new).list().ofMaxSize(80);
    }

    @Property(tries = 500)
    void runs_follow_every_operation_like_one_author_per_code_point(@ForAll("edits") List<Edit> edits,
                                                                    @ForAll("initial") int initialLength) {
        AuthorshipRuns runs = AuthorshipRuns.single(initialLength, "CHAIR");
        List<String> model = new ArrayList<>();
        for (int i = 0; i < initialLength; i++) {
            model.add("CHAIR");
        }
        for (Edit edit : edits) {
            TextOperation operation = randomOperation(model.size(), new java.util.Random(edit.seed()));
            AuthorshipRuns before = runs;
            List<AuthorshipRun> runsBefore = before.runs();
            runs = runs.apply(operation, edit.author());
            assertThat(before.runs()).as("apply leaves the runs it was given as they were").isEqualTo(runsBefore);
            model = applyToModel(model, operation, edit.author());
            assertThat(expand(runs.runs())).isEqualTo(model);
            assertThat(runs.length()).isEqualTo(model.size());
            List<AuthorshipRun> list = runs.runs();
            for (int i = 1; i < list.size(); i++) {
                assertThat(list.get(i).author()).as("adjacent runs are merged").isNotEqualTo(list.get(i - 1).author());
            }
        }
    }

    @Provide
    Arbitrary<Integer> initial() {
        return Arbitraries.integers().between(0, 40);
    }

    @Property(tries = 50)
    void an_operation_on_another_length_is_refused(@ForAll("initial") int length) {
        AuthorshipRuns runs = AuthorshipRuns.single(length, "KAZ");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runs.apply(TextOperation.identity(length + 1), "KGZ"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static TextOperation randomOperation(int length, java.util.Random random) {
        TextOperationBuilder builder = TextOperation.builder();
        int position = 0;
        while (position < length) {
            int span = 1 + random.nextInt(Math.max(1, Math.min(8, length - position)));
            switch (random.nextInt(3)) {
                case 0 -> builder.retain(span);
                case 1 -> builder.delete(span);
                default -> builder.insert("𝒜b".repeat(1 + random.nextInt(2))).retain(span);
            }
            position += span;
        }
        if (random.nextBoolean()) {
            builder.insert("z");
        }
        return builder.build();
    }

    static List<String> applyToModel(List<String> model, TextOperation operation, String author) {
        List<String> result = new ArrayList<>();
        int position = 0;
        for (Component component : operation.components()) {
            if (component instanceof Component.Retain retain) {
                result.addAll(model.subList(position, position + retain.length()));
                position += retain.length();
            } else if (component instanceof Component.Delete delete) {
                position += delete.length();
            } else {
                for (int i = 0; i < component.length(); i++) {
                    result.add(author);
                }
            }
        }
        return result;
    }

    static List<String> expand(List<AuthorshipRun> runs) {
        List<String> authors = new ArrayList<>();
        runs.forEach(run -> {
            for (int i = 0; i < run.length(); i++) {
                authors.add(run.author());
            }
        });
        return authors;
    }
}
