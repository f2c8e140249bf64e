package io.steward.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Every path under {@code /api/} or {@code /scim/} that no endpoint answers ends here, with a plain 404. Without it such a request
 * would fall through to the Vaadin UI, which answers every other path: a request with a valid token could then
 * reach the screens. It is consulted right after the endpoints' own mappings (order 0), so an endpoint that
 * exists but is asked with the wrong method or content type still answers 405 or 415 itself, and before
 * Vaadin's catch-all mapping and the static resources (both at the lowest precedence).
 */
@Configuration
class UnmappedApiPaths {

    @Bean
    SimpleUrlHandlerMapping unmappedApiPathsMapping(ApiErrorResponses errors) {
        HttpRequestHandler notFound = errors::notFound;
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound, "/scim/**", notFound), 1);
    }
}
