package io.steward.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.component.Component;
import io.steward.security.ui.LoginView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity // @PreAuthorize; @RolesAllowed and @PermitAll by the advisor below
class SecurityConfig {

    /**
     * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on services, checked on every call; not on
     * views. A view's annotation is read by Vaadin's navigation access control when the view is entered, and
     * checking its methods too made Spring wrap every view it created in a proxy, looking up the advisors that
     * apply each time: 12% of the application's CPU under the UI load benchmark (docs/benchmarks.md).
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor rolesOnServices() {
        AuthorizationManagerBeforeMethodInterceptor standard = AuthorizationManagerBeforeMethodInterceptor.jsr250();
        ClassFilter notComponents = type -> !Component.class.isAssignableFrom(type);
        AuthorizationManagerBeforeMethodInterceptor services = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(standard.getPointcut()).intersection(notComponents),
                new Jsr250AuthorizationManager());
        services.setOrder(standard.getOrder());
        return services;
    }

    /**
     * Vaadin's client needs inline scripts and styles and eval; everything else is locked to this origin.
     * Images only from here (module images are served by Steward), no frames, no plugins.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "frame-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
            SessionRegistry sessions, SessionRevocations revocations, SingleSignOn singleSignOn,
            SecurityProperties properties) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles.css", "/favicon.svg",
                        "/listbox-names.js", "/error").permitAll()
                // Files served by controllers rather than views: Vaadin's configurer denies these unless listed.
                .requestMatchers("/certificates/**", "/content-assets/**", "/reports/**").authenticated());
        http.authenticationManager(authenticationManager);
        http.headers(headers -> {
            // Written before the request goes on, not when the response is committed: a page Vaadin sends
            // itself (the login page, the app's bootstrap page) otherwise went out without them.
            headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
            headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
            headers.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"));
            if (!properties.security().hsts()) {
                headers.httpStrictTransportSecurity(h -> h.disable());
            }
        });
        // Every session is registered so that deactivating a person can end theirs (SessionTerminator).
        // An ended session's next request simply goes on signed out: Vaadin then finds no session, tells
        // the browser to reload, and the reload lands on the login page.
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                .expiredSessionStrategy(expired -> expired.getFilterChain().doFilter(expired.getRequest(),
                        expired.getResponse())));
        // A session whose person's sessions were ended on another instance is signed out here (decision 21).
        http.addFilterBefore(revocations.filter(), AuthorizationFilter.class);
        if (singleSignOn.enabled()) {
            singleSignOn.configure(http);
        }
        http.with(vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            if (singleSignOn.enabled()) {
                vaadin.logoutSuccessHandler(singleSignOn.logoutSuccessHandler());
            }
        });
        return http.build();
    }

    /** The {@code steward.sso.*} settings, checked to fit together before anything uses them. */
    @Bean
    SsoSettings ssoSettings(SecurityProperties properties) {
        return new SsoSettings(properties.sso());
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the servlet container ends a session (timeout, sign-out). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * The one way a sign-in is checked: a password (throttled) or, with single sign-on, the provider's answer.
     * The web chain uses this manager itself, so both kinds are audited the same way.
     */
    @Bean
    AuthenticationManager authenticationManager(SignInService signIn, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, SingleSignOn singleSignOn, ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(signIn);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        passwordCheck.setUserDetailsPasswordService(signIn);
        List<AuthenticationProvider> providers = new ArrayList<>(List.of(
                new ThrottledAuthenticationProvider(passwordCheck, throttle)));
        if (singleSignOn.enabled()) {
            providers.add(singleSignOn.authenticationProvider());
        }
        ProviderManager manager = new ProviderManager(providers);
        // Sign-ins and failed sign-ins go into the audit trail through these events; a refusal by single
        // sign-on (an exception Spring does not map) too.
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        manager.setAuthenticationEventPublisher(publisher);
        return manager;
    }

    /**
     * bcrypt at {@link PasswordPolicy#BCRYPT_COST}, OWASP's minimum for bcrypt (docs/decisions/0026). A hash
     * stored at another cost is hashed again at this one when its owner next signs in; the prefix in each stored
     * hash lets a later release move to another algorithm the same way.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(PasswordPolicy.BCRYPT_COST) {
            @Override
            protected boolean upgradeEncodingNonNull(String encoded) {
                return !encoded.startsWith("$2a$" + PasswordPolicy.BCRYPT_COST + "$");
            }
        };
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
    }
}
