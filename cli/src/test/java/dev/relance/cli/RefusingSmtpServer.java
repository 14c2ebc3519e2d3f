package dev.relance.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP server on 127.0.0.1 that answers 550 to one recipient and accepts everything
 * else, recording the recipients of each message it accepts. GreenMail accepts every address, so
 * a refusal needs this. Each read times out after 10 seconds, and {@link #close} stops it.
 */
final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final String refused;
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Thread thread;

    RefusingSmtpServer(String refused) throws IOException {
        this.refused = refused;
        this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        this.thread = new Thread(this::serve, "refusing-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The recipients of each message accepted, one entry per message. */
    List<String> accepted() {
        return accepted;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(10_000);
                converse(client);
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                // One broken conversation; take the next connection.
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        reply(out, "220 127.0.0.1 test server");
        StringBuilder recipients = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line;
            switch (command) {
                case "RCPT" -> {
                    if (line.contains(refused)) {
                        reply(out, "550 5.1.1 <" + refused + ">: mailbox unavailable");
                    } else {
                        recipients.append(recipients.isEmpty() ? "" : ",")
                                .append(line.substring(line.indexOf('<') + 1, line.indexOf('>')));
                        reply(out, "250 OK");
                    }
                }
                case "DATA" -> {
                    reply(out, "354 end with .");
                    for (String data = in.readLine(); data != null && !data.equals(".");
                            data = in.readLine()) {
                        // The message itself is not needed.
                    }
                    accepted.add(recipients.toString());
                    reply(out, "250 OK queued");
                }
                case "RSET", "MAIL" -> {
                    recipients.setLength(0);
                    reply(out, "250 OK");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 OK");
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws Exception {
        socket.close();
        thread.join(10_000);
    }
}
