package io.steward.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.steward.base.SignedInUser;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shell around every signed-in view: the side navigation is built from the views' {@code @Menu}
 * entries, which Vaadin already filters by the user's roles, so this layout never imports a view.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient List<MenuBadge> badges;
    private final Map<String, SideNavItem> items = new HashMap<>();
    private final H1 viewTitle = new H1();

    MainLayout(AuthenticationContext authentication, List<MenuBadge> badges) {
        this.authentication = authentication;
        this.badges = badges;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu.toggle"));
        viewTitle.addClassName("view-title");
        addToNavbar(true, toggle, viewTitle);
        addToDrawer(brand(), navigation(), userPanel());
    }

    private Div brand() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        Div brand = new Div(name, tagline);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("shell.menu.label"));
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
            items.put(entry.path().replaceFirst("^/", ""), item);
        }
        return nav;
    }

    /** Each badge's figure beside its menu entry, in words for a screen reader; nothing while it is zero. */
    private void showBadges() {
        for (MenuBadge badge : badges) {
            SideNavItem item = items.get(badge.route());
            if (item == null) {
                continue;
            }
            long count = badge.count();
            if (count == 0) {
                item.setSuffixComponent(null);
            } else {
                Span figure = new Span(String.valueOf(count));
                figure.addClassName("menu-badge");
                figure.getElement().setAttribute("aria-label", getTranslation(badge.labelKey(), count));
                figure.getElement().setAttribute("role", "img");
                item.setSuffixComponent(figure);
            }
        }
    }

    private Div userPanel() {
        Div panel = new Div();
        panel.addClassName("user-panel");
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> {
            Span name = new Span(user.displayName());
            name.addClassName("user-name");
            Button signOut = new Button(getTranslation("shell.signOut"), new Icon(VaadinIcon.SIGN_OUT),
                    click -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            panel.add(name);
            if (user.signsInWithPassword()) {
                Anchor changePassword = new Anchor("account/password", getTranslation("shell.changePassword"));
                changePassword.addClassName("user-link");
                panel.add(changePassword);
            }
            panel.add(signOut);
        });
        return panel;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        showBadges();
    }
}
