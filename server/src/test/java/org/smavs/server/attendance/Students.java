package org.smavs.server.attendance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.smavs.client.ApiClient;
import org.smavs.client.Multipart;
import org.smavs.model.ApiPaths;
import org.smavs.model.auth.RegisterRequest;
import org.smavs.model.auth.TokenPair;
import org.smavs.model.auth.User;
import org.smavs.server.testing.TestServer;

/** Test helpers: fresh students with their raw token, raw multipart posts, small images. */
final class Students {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Student(ApiClient client, String accessToken, long id, String email) {
    }

    private Students() {
    }

    static Student register(TestServer server, String name) {
        String email = name.toLowerCase().replaceAll("[^a-z0-9]", ".") + "." + System.nanoTime() + "@uni.test";
        User user = server.registrar().auth().register(new RegisterRequest(email, "password-" + name, name));
        return signIn(server, user.email(), "password-" + name, user.id());
    }

    static Student signIn(TestServer server, String email, String password, long id) {
        ApiClient client = server.anonymous();
        TokenPair tokens = client.auth().login(email, password);
        return new Student(client, tokens.accessToken(), id, email);
    }

    static HttpResponse<String> postMultipart(TestServer server, String token, Multipart form, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + ApiPaths.STUDENT_ATTENDANCE))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(form.build()));
        headers.forEach(request::header);
        return send(request.build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 7 + y * 3) & 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
