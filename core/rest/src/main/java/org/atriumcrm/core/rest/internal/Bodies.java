package org.atriumcrm.core.rest.internal;

import javax.ws.rs.BadRequestException;

/** Request bodies: an empty body where one is needed is a 400. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("The request needs a JSON body");
        }
        return body;
    }
}
