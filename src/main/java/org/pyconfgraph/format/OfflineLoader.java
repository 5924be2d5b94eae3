package org.pyconfgraph.format;

import java.net.URI;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

/** Refuses to load remote documents: writing JSON-LD must never depend on the network. */
enum OfflineLoader implements DocumentLoader {
    INSTANCE;

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
            "remote documents are not loaded (" + url + "): the context must be self-contained");
    }
}
