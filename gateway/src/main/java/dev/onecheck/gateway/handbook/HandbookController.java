package dev.onecheck.gateway.handbook;

import java.util.Optional;

import dev.onecheck.gateway.http.PublicUrls;
import dev.onecheck.store.handbook.HandbookReader.Handbook;
import dev.onecheck.store.handbook.HandbookReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** 一业一册 over GraphQL: published data, for every role. */
@Controller
class HandbookController {

    private final HandbookReader reader;
    private final PublicUrls urls;

    HandbookController(HandbookReader reader, PublicUrls urls) {
        this.reader = reader;
        this.urls = urls;
    }

    @QueryMapping
    Optional<Handbook> handbook(@Argument String industry) {
        return reader.handbook(industry);
    }

    @SchemaMapping(typeName = "Handbook")
    String html(Handbook handbook) {
        return urls.handbook(handbook.industry().code(), "html");
    }

    @SchemaMapping(typeName = "Handbook")
    String pdf(Handbook handbook) {
        return urls.handbook(handbook.industry().code(), "pdf");
    }
}
