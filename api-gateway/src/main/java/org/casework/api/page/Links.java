package org.casework.api.page;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Links a page makes to itself ({@code ${@links.withoutPage()}}): the same list, filters kept, another page. */
@Component("links")
public class Links {

    /** This page's path and query without its {@code page} parameter, for the pager to add one. */
    public String withoutPage() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
        if (request.getQueryString() != null) {
            link.query(request.getQueryString());
        }
        return link.replaceQueryParam("page").replaceQueryParam("lang").build().toUriString();
    }
}
