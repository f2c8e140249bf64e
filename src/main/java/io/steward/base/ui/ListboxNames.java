package io.steward.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Puts {@code listbox-names.js} on every page: it gives each combo box's list of options the name of its
 * field, which Vaadin leaves out. A script tag in the page shell rather than {@code @JavaScript}, because the
 * annotation would make the build compile a frontend bundle, which needs a Node.js this build does not use.
 */
@Component
class ListboxNames implements VaadinServiceInitListener {

    private static final String SCRIPT = "listbox-names.js";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().head()
                .appendElement("script").attr("src", SCRIPT).attr("defer", true));
    }
}
