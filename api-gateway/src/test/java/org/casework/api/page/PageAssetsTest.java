package org.casework.api.page;

import org.casework.api.support.BrowserTest;
import org.casework.api.support.PageSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages' styles and scripts are served from their own paths; htmx by its WebJar's versioned path. */
class PageAssetsTest extends BrowserTest {

    private static final Pattern HTMX = Pattern.compile("src=\"(/webjars/htmx\\.org/[^\"]+/htmx\\.min\\.js)\"");

    @Test
    void aPageLinksItsStylesAndScriptsAndTheyAreServedWithoutALogin() {
        String home = pages("en").login("alice").get("/").body();
        Matcher htmx = HTMX.matcher(home);
        assertThat(htmx.find()).as("the htmx link, rewritten to the WebJar's version: %s", home).isTrue();
        assertThat(htmx.group(1)).doesNotContain("/htmx.org/dist/");

        PageSession anyone = pages("en");
        HttpResponse<String> script = anyone.get(htmx.group(1));
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(script.body()).contains("htmx");
        HttpResponse<String> style = anyone.get("/css/casework.css");
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        HttpResponse<String> ownScript = anyone.get("/js/casework.js");
        assertThat(ownScript.statusCode()).isEqualTo(200);
        assertThat(ownScript.headers().firstValue("Content-Type").orElse("")).contains("javascript");
    }

    @Test
    void nothingElseOnTheClassPathIsServed() {
        PageSession alice = pages("en").login("alice");
        assertThat(alice.get("/application.yml").statusCode()).isEqualTo(404);
        assertThat(alice.get("/css/../application.yml").statusCode()).isIn(400, 404);
        assertThat(alice.get("/messages/web.properties").statusCode()).isEqualTo(404);
    }
}
