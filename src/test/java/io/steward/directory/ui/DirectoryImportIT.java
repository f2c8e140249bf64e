package io.steward.directory.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.steward.demo.DemoOrganisation;
import io.steward.directory.importing.DirectoryImportService;
import io.steward.directory.importing.ImportMode;
import io.steward.support.BrowserTest;
import io.steward.support.SignedIn;
import io.steward.support.StaffLists;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DirectoryImportIT extends BrowserTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private SignedIn signedIn;
    @Autowired
    private DirectoryImportService imports;

    private List<String> original;

    @BeforeEach
    void rememberTheDirectory() {
        original = StaffLists.currentRows(jdbc);
    }

    @AfterEach
    void putTheDirectoryBack() {
        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            imports.importStaffList(StaffLists.file(original), ImportMode.FULL);
        }
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    private Locator cell(String text) {
        return page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    private void upload(List<String> rows) {
        FileChooser chooser = page.waitForFileChooser(() -> button("Choose CSV file…").click());
        chooser.setFiles(new FilePayload("staff.csv", "text/csv", StaffLists.file(rows)));
    }

    @Test
    void hr_fixes_a_rejected_staff_list_previews_it_and_the_new_people_appear() {
        signInAs(DemoOrganisation.HR);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People").setExact(true)).click();
        button("Import staff list").click();
        assertThat(heading("Import staff list")).isVisible();

        List<String> rows = new ArrayList<>(original);
        rows.add(StaffLists.row("N7001", "nora.quist(at)example.com", "Nora Quist", "Legal", "E1000", "MANAGER",
                "en", "2026-02-01", true));
        rows.add(StaffLists.row("N7002", "olaf.quist@example.com", "Olaf Quist", "Legal", "N7001", "", "en",
                "2026-02-30", true));
        upload(rows);

        assertThat(heading("The file was not imported: 2 problem(s)")).isVisible();
        assertThat(cell("\"nora.quist(at)example.com\" is not an email address.")).isVisible();
        assertThat(cell("\"2026-02-30\" is not a date in the form yyyy-mm-dd.")).isVisible();
        assertThat(cell(String.valueOf(rows.size()))).isVisible();
        assertThat(cell(String.valueOf(rows.size() + 1))).isVisible();
        screenshot("import-1-problems");
        assertNoSeriousAccessibilityViolations();

        rows.set(rows.size() - 2, rows.get(rows.size() - 2).replace("(at)", "@"));
        rows.set(rows.size() - 1, rows.get(rows.size() - 1).replace("2026-02-30", "2026-02-28"));
        upload(rows);

        assertThat(heading("Check the changes, then import")).isVisible();
        assertThat(page.getByText("2 new, 0 updated, 0 deactivated, " + original.size() + " unchanged")).isVisible();
        screenshot("import-2-preview");
        button("Import").click();

        assertThat(heading("Staff list imported")).isVisible();
        assertThat(heading("Invitation links for new people")).isVisible();
        assertThat(button("Copy the invitation link for Nora Quist")).isVisible();
        screenshot("import-3-result");
        assertNoSeriousAccessibilityViolations();
        String invitation = page.getByText(Pattern.compile("^http.*invitation")).first().textContent().strip();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show everyone in the directory")).click();
        page.getByLabel("Search by name, email or employee ID").fill("Quist");
        assertThat(cell("olaf.quist@example.com")).isVisible();
        assertThat(cell("nora.quist@example.com")).isVisible();
        checkPage();

        button("Sign out").click();
        assertOnLoginPage();
        page.navigate(invitation);
        assertThat(page.getByText("Hello, Nora Quist.")).isVisible();
        checkPage();
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("nora's long passphrase");
        page.getByLabel("New password again").fill("nora's long passphrase");
        button("Set password").click();
        assertThat(page.getByText("Your password is set.")).isVisible();
        screenshot("import-4-invitation-accepted");
        signIn("nora.quist@example.com", "nora's long passphrase");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
    }

    @Test
    void a_person_deactivated_while_signed_in_is_sent_to_the_login_page_at_their_next_step() {
        String email = "isabel.garcia@example.com";
        signInAs(email);
        String row = original.stream().filter(r -> r.contains("," + email + ",")).findFirst().orElseThrow();

        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            imports.importStaffList(StaffLists.file(List.of(row.replace(",true", ",false"))), ImportMode.PARTIAL);
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My training").setExact(true)).click();

        assertOnLoginPage();
        signIn(email, DemoOrganisation.PASSWORD);
        assertOnLoginPage();
    }

    @Test
    void hr_creates_an_api_token_sees_it_once_and_revokes_it() {
        signInAs(DemoOrganisation.HR);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API tokens").setExact(true)).click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Payroll sync");
        button("Create token").click();

        Locator secret = page.getByLabel("Token \"Payroll sync\"");
        assertThat(secret).hasValue(Pattern.compile("stw_[A-Za-z0-9_-]{43}"));
        screenshot("api-tokens-created");
        assertNoSeriousAccessibilityViolations();

        button("Revoke Payroll sync").click();
        button("Revoke").click();
        assertThat(button("Revoke Payroll sync")).hasCount(0);
        assertThat(page.getByText("Revoked on").first()).isVisible();
    }
}
