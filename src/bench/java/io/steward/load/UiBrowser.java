package io.steward.load;

import io.steward.load.UiTree.Node;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One person's browser, without a browser: the requests Chromium sends to Steward for a page load, a click on a
 * link or a button, and a choice in a radio or checkbox group, as recorded once with Playwright (the shapes
 * are listed in docs/benchmarks.md), with the node ids read from the server's answers the way Flow's client
 * reads them. One shared HTTP client serves every person; each keeps its own cookies.
 */
final class UiBrowser {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The browser's query of an init request (screen, time zone, theme), as Chromium at 1280 x 720 sends it. */
    private static final String BROWSER_DETAILS = "&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64"
            + "&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo"
            + "&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false";
    /**
     * The values a web component has on the client for a property it synchronises: once the element is
     * attached, the client tells the server each of them (the server's own value where it set one), as recorded.
     */
    private static final Map<String, Object> CLIENT_DEFAULTS = Map.of(
            "vaadin-app-layout.drawerOpened", true, "vaadin-app-layout.overlay", false,
            "vaadin-side-nav.collapsed", false, "vaadin-side-nav-item.expanded", false,
            "vaadin-checkbox.checked", false, "vaadin-checkbox-group.value", List.of(),
            "vaadin-radio-button.checked", false, "vaadin-radio-group.value", "",
            "vaadin-login-form.error", false);

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private UiTree tree;
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;
    private int historyIndex;
    private String windowName;

    UiBrowser(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** Told of every request this browser sends: method, address and body. */
    interface Listener {
        void sent(String method, String url, String body);
    }

    private Listener listener = (method, url, body) -> { };

    void listen(Listener listener) {
        this.listener = listener;
    }

    UiTree tree() {
        return tree;
    }

    /** Types the e-mail and password into the sign-in page and submits the form; lands on the page asked for. */
    void signIn(String path, String email, String password) throws IOException, InterruptedException {
        String loginPage = open(path);
        Matcher csrf = META_CSRF.matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("the sign-in page has no CSRF token");
        }
        String form = "_csrf=" + enc(csrf.group(1)) + "&username=" + enc(email) + "&password=" + enc(password);
        HttpResponse<String> posted = send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), form);
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error") || location.endsWith("/login")) {
            throw new IllegalStateException(
                    "sign-in of " + email + " answered " + posted.statusCode() + " " + location);
        }
    }

    /**
     * A full page load: the HTML (after any redirects), the UI's init request, the navigation event and the
     * attached elements' first property values. Answers the HTML.
     */
    String open(String path) throws IOException, InterruptedException {
        URI target = base.resolve(path);
        HttpResponse<String> page;
        for (int redirects = 0; ; redirects++) {
            page = send(HttpRequest.newBuilder(target).GET(), null);
            if (page.statusCode() / 100 != 3 || redirects > 5) {
                break;
            }
            target = target.resolve(page.headers().firstValue("Location").orElseThrow());
        }
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET " + target + " answered " + page.statusCode());
        }
        String route = target.getRawPath().substring(1);
        String query = target.getRawQuery() == null ? "" : target.getRawQuery();
        if (windowName == null) {
            windowName = "v-" + Math.random();
        }
        HttpResponse<String> init = send(HttpRequest.newBuilder(base.resolve("?v-r=init&location=" + enc(route)
                + "&query=" + enc(query) + BROWSER_DETAILS + "&v-curdate=" + System.currentTimeMillis()
                + "&v-wn=" + enc(windowName))).GET(), null);
        if (init.statusCode() != 200) {
            throw new IllegalStateException("init of " + route + " answered " + init.statusCode());
        }
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        JsonNode uidl = config.get("uidl");
        uiId = config.get("v-uiId").asInt();
        securityKey = uidl.get("Vaadin-Security-Key").asString();
        tree = new UiTree();
        syncId = uidl.get("syncId").asInt();
        clientId = uidl.get("clientId").asInt();
        historyIndex = 0;
        tree.apply(uidl);
        navigate("/" + route, query, "");
        return page.body();
    }

    /** A click on a router link: the client navigates without loading a page. */
    void followLink(Node link) throws IOException, InterruptedException {
        String href = link.attribute("href");
        if (href == null) {
            throw new IllegalStateException(link + " has no href");
        }
        int question = href.indexOf('?');
        historyIndex++;
        navigate(question < 0 ? href : href.substring(0, question), question < 0 ? "" : href.substring(question + 1),
                "link");
    }

    private void navigate(String route, String query, String trigger) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", query).put("appShellTitle", "")
                .put("trigger", trigger);
        data.putObject("historyState").put("idx", historyIndex);
        rpc(List.of(event(1, "ui-navigate", data)));
    }

    /** A click on a button, with the event details its listener asks for. */
    void click(Node button) throws IOException, InterruptedException {
        rpc(List.of(clickEvent(button)));
    }

    /**
     * A click on "Sign out": the server ends the session in its answer, and the browser loads the sign-in page,
     * as Chromium does.
     */
    void signOut(Node button) throws IOException, InterruptedException {
        JsonNode answer = post(List.of(clickEvent(button)));
        JsonNode meta = answer.get("meta");
        if (meta == null || !meta.has("sessionExpired")) {
            throw new IllegalStateException("signing out did not end the session: " + answer);
        }
        open("login");
    }

    private ObjectNode clickEvent(Node button) {
        Map<String, JsonNode> settings = tree.listenerSettings(button, "click");
        if (settings == null) {
            throw new IllegalStateException(button + " \"" + tree.text(button) + "\" has no click listener");
        }
        ObjectNode data = JSON.createObjectNode();
        settings.keySet().stream().filter(key -> key.startsWith("event.")).forEach(key -> {
            switch (key) {
                case "event.detail" -> data.put(key, 1);
                case "event.button" -> data.put(key, 0);
                case "event.clientX", "event.screenX" -> data.put(key, 640);
                case "event.clientY", "event.screenY" -> data.put(key, 400);
                default -> data.put(key, false);
            }
        });
        return event(button.id, "click", data);
    }

    /** A click on a radio button: it becomes checked, and its group's value becomes its key. */
    void chooseRadio(Node group, Node radio) throws IOException, InterruptedException {
        rpc(List.of(sync(radio.id, "checked", JSON.getNodeFactory().booleanNode(true)),
                event(radio.id, "checked-changed"),
                sync(group.id, "value", radio.property("value")), event(group.id, "value-changed")));
    }

    /** A click on a check box: it becomes checked, and its group's value lists every checked box's key. */
    void checkBox(Node group, Node box, List<Node> checked) throws IOException, InterruptedException {
        ArrayNode value = JSON.createArrayNode();
        checked.forEach(c -> value.add(c.property("value")));
        rpc(List.of(sync(box.id, "checked", JSON.getNodeFactory().booleanNode(true)), event(box.id, "checked-changed"),
                sync(group.id, "value", value), event(group.id, "value-changed")));
    }

    /** A plain download (the certificate): answers the content type and the size. */
    HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(href)).timeout(TIMEOUT).GET();
        withCookies(request);
        HttpRequest built = request.build();
        listener.sent(built.method(), built.uri().toString(), null);
        HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
        keepCookies(response);
        return response;
    }

    /**
     * One UIDL request, and then, as the client does, one more telling the server the first values of the
     * properties that the newly attached elements synchronise.
     */
    private void rpc(List<ObjectNode> invocations) throws IOException, InterruptedException {
        List<Node> attached = exchange(invocations);
        List<ObjectNode> echo = firstValues(attached);
        if (!echo.isEmpty()) {
            exchange(echo);
        }
    }

    private List<Node> exchange(List<ObjectNode> invocations) throws IOException, InterruptedException {
        JsonNode uidl = post(invocations);
        JsonNode meta = uidl.get("meta");
        if (meta != null && (meta.has("sessionExpired") || meta.has("appError"))) {
            throw new IllegalStateException("the server ended the UI: " + meta);
        }
        return tree.apply(uidl);
    }

    private JsonNode post(List<ObjectNode> invocations) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode rpc = body.putArray("rpc");
        invocations.forEach(rpc::add);
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), body.toString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("UIDL answered " + response.statusCode());
        }
        String text = response.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode uidl = JSON.readTree(text);
        if (uidl.isArray()) {
            uidl = uidl.get(0);
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        return uidl;
    }

    private List<ObjectNode> firstValues(List<Node> attached) {
        List<ObjectNode> events = new ArrayList<>();
        List<ObjectNode> syncs = new ArrayList<>();
        List<Node> newest = new ArrayList<>(attached);
        newest.sort(Comparator.comparingInt((Node n) -> n.id).reversed());
        for (Node node : newest) {
            for (String listener : node.map(UiTree.LISTENERS).keySet()) {
                if (!listener.endsWith("-changed")) {
                    continue;
                }
                Map<String, JsonNode> settings = tree.listenerSettings(node, listener);
                events.add(event(node.id, listener));
                for (String key : settings.keySet()) {
                    if (key.startsWith("}")) {
                        String property = key.substring(1);
                        Object clientDefault = CLIENT_DEFAULTS.get(node.tag() + "." + property);
                        if (clientDefault != null) {
                            JsonNode serverValue = node.property(property);
                            syncs.add(sync(node.id, property,
                                    serverValue != null ? serverValue : JSON.valueToTree(clientDefault)));
                        }
                    }
                }
            }
        }
        events.addAll(syncs);
        return events;
    }

    private static ObjectNode event(int node, String name) {
        return event(node, name, JSON.createObjectNode());
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.set("data", data);
        return event;
    }

    private static ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", property);
        sync.set("value", value);
        return sync;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String body)
            throws IOException, InterruptedException {
        withCookies(request.timeout(TIMEOUT));
        HttpRequest built = request.build();
        listener.sent(built.method(), built.uri().toString(), body);
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        keepCookies(response);
        return response;
    }

    private void withCookies(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                    .append(value));
            request.header("Cookie", header.toString());
        }
    }

    private void keepCookies(HttpResponse<?> response) {
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
