package io.steward.content.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.content.ContentProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Organisation facts in modules: filled in, conditional text, and every mistake reported at its line. */
class PlaceholdersTest {

    private static final OrganisationFacts FACTS = new OrganisationFacts(
            Map.of("company", "Acme GmbH", "incident-channel", "#incidents", "policy-link", "https://intra.example/p"),
            Map.of("devices-encrypted", false));

    private static final String MODULE = """
            ---
            id: facts
            title: Facts
            version: 1.0.0
            attestation: I have read the policy of {{company}}.
            attestation-document: "{{policy-link}}"
            ---
            ## Only lesson

            Report to {{ incident-channel }} at {{company}}.

            {{#if devices-encrypted}}
            Your laptop is encrypted.
            {{else}}
            Ask IT whether your laptop is encrypted.
            {{/if}}
            After the condition.
            """;

    private static ParsedFile parse(String text, OrganisationFacts facts) {
        return ModuleParser.parse("modules/facts.md", text.getBytes(StandardCharsets.UTF_8), name -> true, facts);
    }

    private static List<String> problems(String text) {
        return parse(text, FACTS).problems().stream().map(ContentProblem::toString).toList();
    }

    @Test
    void placeholders_are_filled_in_the_body_and_the_front_matter_and_conditions_pick_their_text() {
        ParsedFile file = parse(MODULE, FACTS);

        assertThat(file.problems()).isEmpty();
        ModuleDocument module = file.document().orElseThrow();
        assertThat(module.settings().attestation()).isEqualTo("I have read the policy of Acme GmbH.");
        assertThat(module.settings().attestationDocument()).isEqualTo("https://intra.example/p");
        String lesson = module.lessons().getFirst().markdown();
        assertThat(lesson).contains("Report to #incidents at Acme GmbH.").contains("Ask IT whether")
                .contains("After the condition.").doesNotContain("Your laptop is encrypted").doesNotContain("{{");
        assertThat(module.source()).as("the version keeps the text as written").contains("{{company}}");

        ModuleDocument encrypted = parse(MODULE, new OrganisationFacts(FACTS.texts(),
                Map.of("devices-encrypted", true))).document().orElseThrow();
        assertThat(encrypted.lessons().getFirst().markdown()).contains("Your laptop is encrypted.")
                .doesNotContain("Ask IT");
    }

    @Test
    void lines_keep_their_numbers_after_a_condition() {
        assertThat(problems(MODULE.replace("After the condition.", "[bad](javascript:alert(1))")))
                .singleElement().asString().startsWith("modules/facts.md:17: links may only use");
    }

    @Test
    void unknown_and_unset_placeholders_are_errors_at_their_line() {
        assertThat(problems(MODULE.replace("Report to {{ incident-channel }}", "Report to {{incident-chanel}}")
                .replace("Facts\n", "Facts {{privacy-contact}}\n")))
                .containsExactly(
                        "modules/facts.md:3: 'privacy-contact' (how to reach the privacy team) is not set: add "
                                + "'privacy-contact=...' to the content folder's organisation.properties",
                        "modules/facts.md:10: unknown placeholder '{{incident-chanel}}'; the placeholders are company, "
                                + "incident-channel, incident-out-of-hours, just-culture, policy-link, policy-title, "
                                + "policy-version, privacy-contact");
    }

    @Test
    void markers_out_of_place_are_errors() {
        assertThat(problems(MODULE.replace("{{/if}}\n", ""))).containsExactly(
                "modules/facts.md:12: '{{#if ...}}' is never closed: add a line '{{/if}}'");
        assertThat(problems(MODULE.replace("{{#if devices-encrypted}}", "{{#if laptops-safe}}"))).containsExactly(
                "modules/facts.md:12: unknown condition 'laptops-safe'; the conditions are access-logged, "
                        + "devices-encrypted");
        assertThat(problems(MODULE.replace("After the condition.", "Text {{else}} here.\n{{/if}}"))).containsExactly(
                "modules/facts.md:17: '{{else}}' must stand alone on its line",
                "modules/facts.md:18: '{{/if}}' has no '{{#if ...}}' before it");
        assertThat(problems(MODULE.replace("{{#if devices-encrypted}}", "{{#if access-logged}}"))).containsExactly(
                "modules/facts.md:12: 'access-logged' (looking up a customer's record in our systems is logged) is "
                        + "not set: add 'access-logged=...' to the content folder's organisation.properties");
    }

    @Test
    void the_facts_file_reports_every_bad_line() {
        List<ContentProblem> problems = new ArrayList<>();
        OrganisationFacts facts = OrganisationFacts.parse(List.of("# a comment", "company = Acme GmbH", "",
                "devices-encrypted=yes", "colour=blue", "company=Other", "no equals sign"), problems);

        assertThat(facts.texts()).containsExactly(Map.entry("company", "Acme GmbH"));
        assertThat(facts.conditions()).isEmpty();
        assertThat(problems).extracting(ContentProblem::toString).containsExactly(
                "organisation.properties:4: 'devices-encrypted' must be true or false; found 'yes'",
                "organisation.properties:5: unknown fact 'colour'; the facts are access-logged, company, "
                        + "devices-encrypted, incident-channel, incident-out-of-hours, just-culture, policy-link, "
                        + "policy-title, policy-version, privacy-contact",
                "organisation.properties:6: 'company' is given twice (first on line 2)",
                "organisation.properties:7: expected 'name=value', such as 'company=Example Ltd'");
    }
}
