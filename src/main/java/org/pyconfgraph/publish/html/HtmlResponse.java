package org.pyconfgraph.publish.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** Sends a rendered page: UTF-8, a true Content-Length, and no body for HEAD. */
public final class HtmlResponse {
    public static final String MEDIA_TYPE = "text/html;charset=utf-8";

    private HtmlResponse() {}

    public static void send(HttpServletResponse response, int status, String html, boolean head) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setContentLength(body.length);
        if (!head) response.getOutputStream().write(body);
    }
}
