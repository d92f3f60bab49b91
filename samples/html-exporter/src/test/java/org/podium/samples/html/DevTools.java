package org.podium.samples.html;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol with java.net.http's WebSocket: just
 * what the browser test needs (evaluate, click, keys, viewport, screenshots, the requests the page
 * makes, the console's errors). Every wait is bounded, and {@link #close} kills the browser.
 */
final class DevTools implements AutoCloseable {

    /** The longest any one step may take: a hung browser fails the test instead of hanging the build. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Process browser;
    private final Path log;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> replies = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<JsonObject>> awaited = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    private DevTools(Process browser, Path log, WebSocket socket) {
        this.browser = browser;
        this.log = log;
        this.socket = socket;
    }

    /** Chromium's binary: {@code $PODIUM_CHROMIUM}, else the first of the usual names on the PATH. */
    static Optional<Path> findChromium() {
        String given = System.getenv("PODIUM_CHROMIUM");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir).resolve(name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts a headless browser with a fresh profile in {@code dir} and attaches to its page. */
    static DevTools launch(Path chromium, Path dir) throws Exception {
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Path log = dir.resolve("chromium.log");
        ProcessBuilder command = new ProcessBuilder(chromium.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--mute-audio", "--hide-scrollbars", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // Chromium's own temporary files (its singleton socket) go in the test's folder, removed with it.
        command.environment().put("TMPDIR", Files.createDirectories(dir.resolve("tmp")).toString());
        Process browser = command.start();
        try {
            int port = port(browser, profile.resolve("DevToolsActivePort"), log);
            URI page = URI.create(pageSocket(browser, port, log));
            DevTools[] self = new DevTools[1];
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                    .buildAsync(page, new Listener(message -> self[0].receive(message), cause -> self[0].fail(cause)))
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            DevTools devTools = new DevTools(browser, log, socket);
            self[0] = devTools;
            devTools.send("Page.enable");
            devTools.send("Runtime.enable");
            devTools.send("Log.enable");
            devTools.send("Network.enable");
            return devTools;
        } catch (Exception | Error e) {
            browser.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw e;
        }
    }

    /** The port Chromium chose, from the file it writes once it listens. */
    private static int port(Process browser, Path activePort, Path log) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!browser.isAlive()) {
                throw new IllegalStateException("Chromium stopped at start (exit " + browser.exitValue() + "): "
                        + tail(log));
            }
            if (Files.isRegularFile(activePort)) {
                List<String> lines = Files.readAllLines(activePort, StandardCharsets.UTF_8);
                if (lines.size() >= 2) {
                    return Integer.parseInt(lines.get(0).strip());
                }
            }
            Thread.sleep(50);
        }
        throw new TimeoutException("Chromium did not open its DevTools port within " + TIMEOUT + ": " + tail(log));
    }

    /** The WebSocket of the browser's page, from {@code /json/list}. */
    private static String pageSocket(Process browser, int port, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpRequest list = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .timeout(TIMEOUT).build();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && browser.isAlive()) {
            JsonArray targets = JsonParser.parseString(http.send(list, HttpResponse.BodyHandlers.ofString()).body())
                    .getAsJsonArray();
            for (JsonElement target : targets) {
                JsonObject t = target.getAsJsonObject();
                if (t.get("type").getAsString().equals("page") && t.has("webSocketDebuggerUrl")) {
                    return t.get("webSocketDebuggerUrl").getAsString();
                }
            }
            Thread.sleep(50);
        }
        throw new TimeoutException("Chromium listed no page within " + TIMEOUT + ": " + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Sends a command and waits for its result. */
    JsonObject send(String method, Object... params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", params(params));
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        replies.put(id, reply);
        synchronized (socket) {
            socket.sendText(message.toString(), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        JsonObject answer = await(reply, method);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.getAsJsonObject("result");
    }

    /** {@code name, value, name, value…} as a JSON object; a value may be a JsonElement. */
    private static JsonObject params(Object... params) {
        JsonObject object = new JsonObject();
        for (int i = 0; i + 1 < params.length; i += 2) {
            String name = (String) params[i];
            Object value = params[i + 1];
            if (value instanceof JsonElement json) {
                object.add(name, json);
            } else if (value instanceof Number number) {
                object.addProperty(name, number);
            } else if (value instanceof Boolean flag) {
                object.addProperty(name, flag);
            } else {
                object.addProperty(name, String.valueOf(value));
            }
        }
        return object;
    }

    /** The value of a JavaScript expression (awaited when a promise), or a failure with the page's exception. */
    JsonElement evaluate(String expression) throws Exception {
        JsonObject result = send("Runtime.evaluate", "expression", expression, "returnByValue", true,
                "awaitPromise", true);
        if (result.has("exceptionDetails")) {
            throw new AssertionError("the page threw on '" + expression + "': " + result.get("exceptionDetails"));
        }
        JsonObject value = result.getAsJsonObject("result");
        return value.has("value") ? value.get("value") : com.google.gson.JsonNull.INSTANCE;
    }

    /** Opens {@code url} and waits for its load event. */
    void navigate(String url) throws Exception {
        CompletableFuture<JsonObject> loaded = new CompletableFuture<>();
        awaited.put("Page.loadEventFired", loaded);
        JsonObject result = send("Page.navigate", "url", url);
        if (result.has("errorText")) {
            throw new IllegalStateException("could not open " + url + ": " + result.get("errorText"));
        }
        await(loaded, "the load of " + url);
    }

    /**
     * Clicks the middle of the element as a person does (mouse down and up at its place), after
     * checking that it is shown and that nothing covers it there.
     */
    void click(String selector) throws Exception {
        JsonObject at = evaluate("(() => { const el = document.querySelector(" + quote(selector) + ");"
                + " if (!el) return {missing: true};"
                + " el.scrollIntoView({block: 'center', inline: 'center'});"
                + " const r = el.getBoundingClientRect(); const x = r.x + r.width / 2, y = r.y + r.height / 2;"
                + " const top = document.elementFromPoint(x, y);"
                + " return {x, y, shown: el.checkVisibility(), reachable: !!top && (top === el || el.contains(top))}; })()")
                .getAsJsonObject();
        if (at.has("missing")) {
            throw new AssertionError("nothing on the page matches " + selector);
        }
        if (!at.get("shown").getAsBoolean() || !at.get("reachable").getAsBoolean()) {
            throw new AssertionError(selector + " cannot be clicked: " + at);
        }
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            send("Input.dispatchMouseEvent", "type", type, "x", at.get("x").getAsDouble(), "y",
                    at.get("y").getAsDouble(), "button", "left", "clickCount", type.equals("mouseMoved") ? 0 : 1);
        }
    }

    /** Presses and releases a key ({@code ArrowRight}, {@code End}) where the focus is. */
    void press(String key, int keyCode) throws Exception {
        for (String type : List.of("rawKeyDown", "keyUp")) {
            send("Input.dispatchKeyEvent", "type", type, "key", key, "code", key, "windowsVirtualKeyCode", keyCode);
        }
    }

    /** The viewport of a desktop ({@code mobile == false}) or of a phone. */
    void viewport(int width, int height, double scale, boolean mobile) throws Exception {
        send("Emulation.setDeviceMetricsOverride", "width", width, "height", height, "deviceScaleFactor", scale,
                "mobile", mobile);
    }

    /** A PNG of the viewport, or of the whole page. */
    byte[] screenshot(boolean wholePage) throws Exception {
        if (!wholePage) {
            return Base64.getDecoder().decode(send("Page.captureScreenshot", "format", "png").get("data").getAsString());
        }
        JsonObject size = send("Page.getLayoutMetrics").getAsJsonObject("cssContentSize");
        JsonObject clip = new JsonObject();
        clip.addProperty("x", 0);
        clip.addProperty("y", 0);
        clip.addProperty("width", size.get("width").getAsDouble());
        clip.addProperty("height", size.get("height").getAsDouble());
        clip.addProperty("scale", 1);
        return Base64.getDecoder().decode(send("Page.captureScreenshot", "format", "png", "captureBeyondViewport",
                true, "clip", clip).get("data").getAsString());
    }

    /** Every URL the page asked for since the last {@link #forget}, in order. */
    List<String> requests() {
        return new ArrayList<>(requests);
    }

    /** Errors the page logged or threw (a blocked request, a refused script, an exception) since the last {@link #forget}. */
    List<String> errors() {
        return new ArrayList<>(errors);
    }

    void forget() {
        requests.clear();
        errors.clear();
    }

    private void receive(String text) {
        JsonObject message = JsonParser.parseString(text).getAsJsonObject();
        if (message.has("id")) {
            CompletableFuture<JsonObject> reply = replies.remove(message.get("id").getAsInt());
            if (reply != null) {
                reply.complete(message);
            }
            return;
        }
        String method = message.get("method").getAsString();
        JsonObject params = message.getAsJsonObject("params");
        switch (method) {
            case "Network.requestWillBeSent" -> requests.add(params.getAsJsonObject("request").get("url").getAsString());
            case "Log.entryAdded" -> {
                JsonObject entry = params.getAsJsonObject("entry");
                if (entry.get("level").getAsString().equals("error")) {
                    errors.add(entry.get("text").getAsString());
                }
            }
            case "Runtime.exceptionThrown" -> errors.add(params.getAsJsonObject("exceptionDetails").toString());
            case "Runtime.consoleAPICalled" -> {
                if (params.get("type").getAsString().equals("error")) {
                    errors.add(params.get("args").toString());
                }
            }
            default -> {
                // Not needed.
            }
        }
        CompletableFuture<JsonObject> waiter = awaited.remove(method);
        if (waiter != null) {
            waiter.complete(params);
        }
    }

    private void fail(Throwable cause) {
        IllegalStateException closed = new IllegalStateException("the DevTools connection closed", cause);
        replies.values().forEach(reply -> reply.completeExceptionally(closed));
        awaited.values().forEach(waiter -> waiter.completeExceptionally(closed));
    }

    private JsonObject await(CompletableFuture<JsonObject> future, String what) throws Exception {
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new TimeoutException("no answer to " + what + " within " + TIMEOUT + ": " + tail(log));
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed: " + tail(log), e.getCause());
        }
    }

    /** A JavaScript string literal. */
    static String quote(String text) {
        JsonArray holder = new JsonArray();
        holder.add(text);
        String array = holder.toString();
        return array.substring(1, array.length() - 1);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            // Asked first, so that it cleans up after itself; killed if it has not gone within seconds.
            socket.sendText("{\"id\":" + ids.incrementAndGet() + ",\"method\":\"Browser.close\"}", true)
                    .get(5, TimeUnit.SECONDS);
            browser.waitFor(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // The connection is gone: the browser is killed below.
        } finally {
            socket.abort();
            browser.destroyForcibly();
            browser.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Collects a message's parts and hands each whole message on. */
    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Consumer<String> messages;
        private final java.util.function.Consumer<Throwable> failures;
        private final StringBuilder parts = new StringBuilder();

        Listener(java.util.function.Consumer<String> messages, java.util.function.Consumer<Throwable> failures) {
            this.messages = messages;
            this.failures = failures;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                String message = parts.toString();
                parts.setLength(0);
                messages.accept(message);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            failures.accept(new IOException("closed: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            failures.accept(error);
        }
    }
}
