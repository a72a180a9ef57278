package ru.otklik.shared.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read whose successful answer may be kept and revalidated ({@link HttpCaching}): it gets a strong {@code ETag}
 * (the version of a {@code Versioned} body, otherwise a digest of the body), {@code If-None-Match} is answered 304
 * when nothing changed, and {@code Cache-Control} says who may keep it. Reads without this annotation, and every
 * problem, stay {@code no-store}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HttpCache {

    Scope value();

    enum Scope {
        /**
         * The same for everyone, with or without a token (the category tree, the directory): any cache, a CDN
         * included, may keep it for {@code otklik.wire.public-max-age}.
         */
        PUBLIC,
        /**
         * Depends on the caller (an appeal with the actions they may take): only the caller's own client may keep it,
         * and it asks again every time ({@code private, no-cache}); a 304 saves the body, never the check.
         */
        PRIVATE
    }
}
