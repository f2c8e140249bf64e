package io.steward.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Loads the catalogue at start-up, before the web server takes requests, and then polls the content folder so
 * that an author's change shows within seconds. Polling rather than a file-system watch service: it behaves
 * the same on every file system, including mounted volumes, and costs a few file stats per interval.
 */
@Component
class ContentWatcher implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);
    private static final String POLL_INTERVAL =
            "#{@'steward.content-io.steward.content.ContentProperties'.pollInterval()}";

    private final Catalogue catalogue;
    private final boolean watch;

    ContentWatcher(Catalogue catalogue, ContentProperties properties) {
        this.catalogue = catalogue;
        this.watch = properties.watch();
    }

    @Override
    public void afterSingletonsInstantiated() {
        catalogue.reload();
    }

    @Scheduled(fixedDelayString = POLL_INTERVAL, initialDelayString = POLL_INTERVAL)
    void poll() {
        if (!watch) {
            return;
        }
        try {
            catalogue.reloadIfChanged();
        } catch (RuntimeException e) {
            // For example the database is briefly unreachable: keep serving what was loaded, try again next time.
            log.warn("Could not reload the content folder: {}", e.toString());
        }
    }
}
