package io.steward.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The HTTP API ({@code /api/**}, and SCIM provisioning, {@code /scim/**}) has its own filter chain, checked before the browser one: bearer tokens only,
 * no session, no CSRF (no cookies are involved), no login form; every request must carry a valid token.
 * Endpoints state the scope they need with {@code @PreAuthorize}.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenAuthenticator tokens, ApiErrorResponses errors)
            throws Exception {
        http.securityMatcher("/api/**", "/scim/**")
                .authorizeHttpRequests(requests -> requests
                        // Certificate verification is public: the code is the secret, and it is rate-limited.
                        .requestMatchers(HttpMethod.GET, "/api/v1/certificates/*").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, errors), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors));
        return http.build();
    }
}
