package org.accord.core.demo;

import org.accord.api.shared.ArticleId;
import org.accord.api.shared.DelegationCode;
import org.accord.api.shared.NegotiationId;

import java.util.List;

/**
 * The first case (shared/DOMAIN.md): the five Central Asian states drafting a charter for a
 * regional security architecture, with three observers and a chair.
 */
final class DemoCharter {

    static final NegotiationId ID = NegotiationId.of("c5-security-charter");
    static final String TITLE = "Charter on a Regional Security Architecture for Central Asia";

    record Party(DelegationCode code, String name, String head, String delegate) {
    }

    record Observer(DelegationCode code, String name, String person) {
    }

    record Article(ArticleId id, String heading, String text) {
    }

    static final List<Party> MEMBERS = List.of(
            new Party(DelegationCode.of("KAZ"), "Kazakhstan", "Aigerim Nurlanovna", "Daniyar Seitkali"),
            new Party(DelegationCode.of("KGZ"), "Kyrgyzstan", "Bakyt Asanov", "Aida Toktogulova"),
            new Party(DelegationCode.of("TJK"), "Tajikistan", "Farrukh Rahimov", "Nilufar Saidova"),
            new Party(DelegationCode.of("TKM"), "Turkmenistan", "Merdan Annayev", "Aylar Orazova"),
            new Party(DelegationCode.of("UZB"), "Uzbekistan", "Anvar Karimov", "Dilnoza Yusupova"));

    static final List<Observer> OBSERVERS = List.of(
            new Observer(DelegationCode.of("AZE"), "Azerbaijan", "Elchin Mammadov"),
            new Observer(DelegationCode.of("GCC"), "Gulf Cooperation Council", "Khalid Al-Mansouri"),
            new Observer(DelegationCode.of("UN"), "United Nations", "Maria Lindqvist"));

    static final List<Article> ARTICLES = List.of(
            new Article(ArticleId.of("art-indivisible-security"), "Indivisible regional security space",
                    "The Parties shall regard the security of Central Asia as indivisible: the security of each "
                            + "Party is inseparable from the security of all, and no Party shall strengthen its own "
                            + "security at the expense of another."),
            new Article(ArticleId.of("art-risk-catalogue"), "Catalogue of security risks and preventive measures",
                    "The Parties shall jointly maintain a catalogue of the security risks facing the region and of "
                            + "the measures agreed to prevent them, and shall review it at least once a year."),
            new Article(ArticleId.of("art-comprehensive-approach"),
                    "Comprehensive approaches to traditional and emerging threats",
                    "The Parties shall address traditional threats and emerging challenges, including terrorism, "
                            + "trafficking, cyber threats and threats to water and environmental security, through "
                            + "comprehensive and coordinated approaches."),
            new Article(ArticleId.of("art-response-mechanisms"), "Response and prevention mechanisms",
                    "The Parties shall establish effective mechanisms for early warning, consultation and joint "
                            + "response to crises affecting the security of one or more Parties."),
            new Article(ArticleId.of("art-international-cooperation"),
                    "Cooperation with the United Nations and other organisations",
                    "The Parties shall cooperate with the United Nations and with other international and regional "
                            + "organisations, in a manner neutral between outside powers."),
            new Article(ArticleId.of("art-international-law"), "International law, sovereignty and borders",
                    "The Parties shall act in strict conformity with international law, respecting the sovereignty "
                            + "and territorial integrity of States and the inviolability of their borders."));

    private DemoCharter() {
    }
}
