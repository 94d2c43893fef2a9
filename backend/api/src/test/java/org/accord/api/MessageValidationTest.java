package org.accord.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.accord.api.negotiation.AccreditMember;
import org.accord.api.negotiation.AddArticle;
import org.accord.api.negotiation.NegotiationCommands;
import org.accord.api.negotiation.OpenNegotiation;
import org.accord.api.shared.Actor;
import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;
import org.accord.api.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** Bad input never becomes a command: each case is refused with a clear message. */
class MessageValidationTest {

    static final NegotiationId ID = NegotiationId.of("c5");
    static final ArticleId ART = ArticleId.of("art-1");

    @Test
    void a_lone_surrogate_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AddArticle(ID, ART, "Heading \uD800 broken", "Text"))
                .withMessage("Heading contains a lone surrogate at index 8");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AddArticle(ID, ART, "Heading", "Text \uDC00"))
                .withMessageContaining("lone surrogate");
    }

    @Test
    void characters_above_the_basic_plane_are_welcome_and_counted_as_one() {
        String astral = "\uD83C\uDDF0\uD83C\uDDFF".repeat(NegotiationCommands.MAX_HEADING / 2); // flags, 2 code points each
        assertThat(new AddArticle(ID, ART, astral, "x").heading()).isEqualTo(astral);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AddArticle(ID, ART, astral + "x", "x"))
                .withMessage("Heading is 201 characters long; the limit is 200");
    }

    @Test
    void oversize_text_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AddArticle(ID, ART, "Heading", "x".repeat(NegotiationCommands.MAX_ARTICLE_TEXT + 1)))
                .withMessageContaining("the limit is " + NegotiationCommands.MAX_ARTICLE_TEXT);
    }

    @Test
    void blank_and_multi_line_titles_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenNegotiation(ID, "   "))
                .withMessage("Title must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenNegotiation(ID, "two\nlines"))
                .withMessage("Title must be a single line");
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenNegotiation(ID, null))
                .withMessage("Title is required");
    }

    @Test
    void control_characters_are_refused_but_line_breaks_in_text_are_kept() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AddArticle(ID, ART, "Heading", "bell\u0007"))
                .withMessage("Article text contains a control character at index 4");
        assertThat(new AddArticle(ID, ART, "Heading", "1. One\n2. Two").text()).isEqualTo("1. One\n2. Two");
    }

    @Test
    void bidirectional_overrides_and_blank_article_texts_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AddArticle(ID, ART, "Heading", "a\u202Eb"))
                .withMessage("Article text contains an invisible bidirectional control at index 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new AddArticle(ID, ART, "Heading", "  "))
                .withMessage("Article text must not be blank");
    }

    @Test
    void identifiers_and_codes_are_checked() {
        assertThatIllegalArgumentException().isThrownBy(() -> NegotiationId.of("../etc"))
                .withMessageContaining("may contain only");
        assertThatIllegalArgumentException().isThrownBy(() -> DelegationCode.of("K1Z"))
                .withMessageContaining("2 to 8 letters");
        assertThat(DelegationCode.of("kaz").value()).isEqualTo("KAZ");
        assertThatNullPointerException().isThrownBy(() -> new AccreditMember(ID, null, "Kazakhstan"));
        for (String refused : new String[]{"-art", ".art", "art 1", "art/1", "статья", "art\u00e91", "😀"}) {
            assertThatIllegalArgumentException().as(refused).isThrownBy(() -> ArticleId.of(refused));
        }
        assertThat(ArticleId.of("0art.1_b-c").value()).isEqualTo("0art.1_b-c");
        for (String refused : new String[]{"K", "ABCDEFGHI", "КАЗ", "KA Z", "K-Z"}) {
            assertThatIllegalArgumentException().as(refused).isThrownBy(() -> DelegationCode.of(refused));
        }
        assertThat(DelegationCode.of("abcdefgh").value()).isEqualTo("ABCDEFGH");
    }

    @Test
    void identifiers_and_codes_accept_exactly_what_their_patterns_describe() {
        java.util.Random random = new java.util.Random(11);
        String alphabet = "aZ09._-/ éЖ😀\t";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder candidate = new StringBuilder();
            for (int length = random.nextInt(10); length > 0; length--) {
                candidate.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String value = candidate.toString();
            boolean identifier = !value.isBlank() && value.matches("[A-Za-z0-9][A-Za-z0-9._-]*");
            assertThat(accepts(() -> ArticleId.of(value))).as("identifier '%s'", value).isEqualTo(identifier);
            assertThat(accepts(() -> DelegationCode.of(value))).as("code '%s'", value)
                    .isEqualTo(value.matches("[A-Za-z]{2,8}"));
        }
    }

    static boolean accepts(Runnable construction) {
        try {
            construction.run();
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }

    @Test
    void only_the_chair_may_have_no_delegation() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Actor("kaz.head", "Aigerim", Role.HEAD_OF_DELEGATION, null))
                .withMessageContaining("must belong to a delegation");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Actor("chair", "Secretariat", Role.CHAIR, DelegationCode.of("KAZ")))
                .withMessageContaining("belongs to no delegation");
    }

    @Test
    void typed_ids_are_flat_json_strings() throws Exception {
        ObjectMapper json = new ObjectMapper();
        AccreditMember command = new AccreditMember(ID, DelegationCode.of("KAZ"), "Kazakhstan");

        String written = json.writeValueAsString(command);

        assertThat(written).isEqualTo("{\"negotiationId\":\"c5\",\"delegation\":\"KAZ\",\"name\":\"Kazakhstan\",\"headOfDelegation\":\"\",\"delegates\":[]}");
        assertThat(json.readValue(written, AccreditMember.class)).isEqualTo(command);
        assertThat(ID.toString()).isEqualTo("c5");
    }
}
