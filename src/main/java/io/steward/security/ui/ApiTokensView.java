package io.steward.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.steward.base.ApiScope;
import io.steward.base.Role;
import io.steward.base.ui.Formats;
import io.steward.base.ui.StewardView;
import io.steward.security.ApiTokenService.ApiTokenSummary;
import io.steward.security.ApiTokenService.NewApiToken;
import io.steward.security.ApiTokenService;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.stream.Collectors;

/** HR creates tokens for scripts that use the API, sees when each was last used, and revokes them. */
@Route("api-tokens")
@Menu(title = "nav.apiTokens", order = 6, icon = "vaadin:key")
@RolesAllowed(Role.Names.HR)
class ApiTokensView extends StewardView {

    private final transient ApiTokenService tokens;
    private final TextField name = new TextField();
    private final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>();
    private final Div created = new Div();
    private final Grid<ApiTokenSummary> grid = new Grid<>(ApiTokenSummary.class, false);

    ApiTokensView(ApiTokenService tokens) {
        super("nav.apiTokens");
        this.tokens = tokens;
        add(new Paragraph(getTranslation("tokens.intro")), form(), created, list());
        refresh();
    }

    private Section form() {
        name.setLabel(getTranslation("tokens.name"));
        name.setMaxLength(ApiTokenService.MAX_NAME_LENGTH);
        name.setRequiredIndicatorVisible(true);
        scopes.setLabel(getTranslation("tokens.scopes"));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(this::label);
        scopes.setValue(EnumSet.of(ApiScope.IMPORT));
        Button create = new Button(getTranslation("tokens.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section form = new Section(new H2(getTranslation("tokens.new.heading")), name, scopes, create);
        form.addClassName("token-form");
        return form;
    }

    private Section list() {
        grid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("tokens.name")).setFlexGrow(1);
        grid.addColumn(ApiTokenSummary::owner).setHeader(getTranslation("tokens.owner")).setAutoWidth(true);
        grid.addColumn(t -> t.scopes().stream().map(this::label).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("tokens.scopes")).setFlexGrow(1);
        grid.addColumn(t -> Formats.dateTime(t.createdAt(), getLocale())).setHeader(getTranslation("tokens.created"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("tokens.neverUsed")
                : Formats.dateTime(t.lastUsedAt(), getLocale())).setHeader(getTranslation("tokens.lastUsed"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::statusOrRevoke).setHeader(getTranslation("tokens.status")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("tokens.grid"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return new Section(new H2(getTranslation("tokens.list.heading")), grid);
    }

    private Component statusOrRevoke(ApiTokenSummary token) {
        if (!token.active()) {
            return new Div(getTranslation("tokens.revokedOn", Formats.date(token.revokedAt(), getLocale())));
        }
        Button revoke = new Button(getTranslation("tokens.revoke"), click -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
        revoke.setAriaLabel(getTranslation("tokens.revokeNamed", token.name()));
        return revoke;
    }

    private void confirmRevoke(ApiTokenSummary token) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("tokens.revoke.heading", token.name()),
                getTranslation("tokens.revoke.text"), getTranslation("tokens.revoke"), confirmed -> {
                    tokens.revoke(token.id());
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("import.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void create() {
        name.setInvalid(false);
        scopes.setInvalid(false);
        if (name.getValue().isBlank()) {
            name.setErrorMessage(getTranslation("tokens.name.required"));
            name.setInvalid(true);
            return;
        }
        if (scopes.getValue().isEmpty()) {
            scopes.setErrorMessage(getTranslation("tokens.scopes.required"));
            scopes.setInvalid(true);
            return;
        }
        NewApiToken token = tokens.create(name.getValue(), scopes.getValue());
        TextField secret = new TextField(getTranslation("tokens.secret", token.name()));
        secret.setValue(token.token());
        secret.setReadOnly(true);
        secret.setWidthFull();
        created.removeAll();
        created.add(new Paragraph(getTranslation("tokens.showOnce")), secret);
        created.addClassName("token-created");
        name.clear();
        name.setInvalid(false);
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.list());
    }

    private String label(ApiScope scope) {
        return getTranslation(switch (scope) {
            case IMPORT -> "tokens.scope.import";
            case REPORTS -> "tokens.scope.reports";
            case AUDIT -> "tokens.scope.audit";
            case SCIM -> "tokens.scope.scim";
        });
    }
}
