package dev.relance.extension;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.star.beans.NamedValue;
import com.sun.star.bridge.XUnoUrlResolver;
import com.sun.star.comp.helper.Bootstrap;
import com.sun.star.deployment.XExtensionManager;
import com.sun.star.frame.XDesktop;
import com.sun.star.lang.DisposedException;
import com.sun.star.task.XInteractionApprove;
import com.sun.star.task.XInteractionContinuation;
import com.sun.star.task.XInteractionHandler;
import com.sun.star.task.XInteractionRequest;
import com.sun.star.ucb.XCommandEnvironment;
import com.sun.star.ucb.XProgressHandler;
import com.sun.star.uno.XComponentContext;

import dev.relance.extension.uno.Uno;

/**
 * A real LibreOffice for integration tests: started headless on a free port of 127.0.0.1 with a
 * throwaway user profile and {@code RELANCE_NO_DIALOGS=1}, reached over a UNO socket connection,
 * and stopped by its own process handle.
 */
public final class OfficeProcess implements AutoCloseable {

    public static final Path SOFFICE = Path.of("/usr/bin/soffice");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final XComponentContext context;

    private OfficeProcess(Process process, XComponentContext context) {
        this.process = process;
        this.context = context;
    }

    /** Starts the office with the given extra environment variables, e.g. {@code RELANCE_AS_OF}. */
    public static OfficeProcess start(Path profile, List<String> environment) throws Exception {
        return start(profile, environment, true);
    }

    /**
     * Starts the office with windows on the X display of {@code DISPLAY} (Xvfb) and dialogs on,
     * for looking at the extension as a user would; not used by the tests.
     */
    public static OfficeProcess startOnDisplay(Path profile, List<String> environment) throws Exception {
        return start(profile, environment, false);
    }

    private static OfficeProcess start(Path profile, List<String> environment, boolean headless) throws Exception {
        int port = freePort();
        List<String> command = new java.util.ArrayList<>(List.of(SOFFICE.toString(),
                "-env:UserInstallation=" + profile.toUri(), "--norestore", "--nologo",
                "--accept=socket,host=127.0.0.1,port=" + port + ";urp;"));
        if (headless) {
            command.addAll(List.of("--headless", "--invisible"));
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        if (headless) {
            builder.environment().put(Switches.NO_DIALOGS, "1");
        }
        for (String variable : environment) {
            String[] parts = variable.split("=", 2);
            builder.environment().put(parts[0], parts[1]);
        }
        builder.redirectErrorStream(true).redirectOutput(profile.resolveSibling("soffice.log").toFile());
        Files.createDirectories(profile);
        Process process = builder.start();
        try {
            return new OfficeProcess(process, connect(port, process));
        } catch (Exception | Error e) {
            stop(process);
            throw e;
        }
    }

    public XComponentContext context() {
        return context;
    }

    public XDesktop desktop() {
        return Uno.create(context, "com.sun.star.frame.Desktop", XDesktop.class);
    }

    /** Installs an .oxt for the profile's user, approving the license as a user clicking "Accept". */
    public void install(Path oxt) throws Exception {
        Object singleton = context.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager");
        XExtensionManager manager = Uno.query(XExtensionManager.class, singleton);
        manager.addExtension(oxt.toUri().toString(), new NamedValue[0], "user", manager.createAbortChannel(),
                new ApprovingEnvironment());
    }

    @Override
    public void close() {
        try {
            desktop().terminate();
        } catch (DisposedException expected) {
            // The bridge goes away while the office shuts down.
        } catch (RuntimeException e) {
            System.err.println("soffice did not accept terminate(): " + e);
        }
        stop(process);
    }

    private static void stop(Process process) {
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static XComponentContext connect(int port, Process process) throws Exception {
        XComponentContext local = Bootstrap.createInitialComponentContext(null);
        XUnoUrlResolver resolver = Uno.create(local, "com.sun.star.bridge.UnoUrlResolver", XUnoUrlResolver.class);
        String url = "uno:socket,host=127.0.0.1,port=" + port + ";urp;StarOffice.ComponentContext";
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            try {
                return Uno.query(XComponentContext.class, resolver.resolve(url));
            } catch (com.sun.star.connection.NoConnectException e) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("soffice did not answer on port " + port + " within "
                            + START_TIMEOUT.toSeconds() + " s (alive: " + process.isAlive() + ")", e);
                }
                Thread.sleep(250);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Approves every request of the extension manager, such as the license prompt. */
    private static final class ApprovingEnvironment extends com.sun.star.lib.uno.helper.WeakBase
            implements XCommandEnvironment, XInteractionHandler, XProgressHandler {

        @Override
        public XInteractionHandler getInteractionHandler() {
            return this;
        }

        @Override
        public XProgressHandler getProgressHandler() {
            return this;
        }

        @Override
        public void handle(XInteractionRequest request) {
            for (XInteractionContinuation continuation : request.getContinuations()) {
                Uno.find(XInteractionApprove.class, continuation).ifPresent(XInteractionApprove::select);
            }
        }

        @Override
        public void push(Object status) {
            // Progress is not shown in tests.
        }

        @Override
        public void update(Object status) {
            // Progress is not shown in tests.
        }

        @Override
        public void pop() {
            // Progress is not shown in tests.
        }
    }
}
