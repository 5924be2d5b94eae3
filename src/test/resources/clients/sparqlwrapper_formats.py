"""Asks an endpoint the same queries through SPARQLWrapper in every return format it offers, with and without
setOnlyConneg(True), by GET, POSTed form and POSTed query. Prints one JSON object per request: what came back
(status, Content-Type, body in base64) and what SPARQLWrapper's own convert() made of it, counted.

usage: python3 sparqlwrapper_formats.py ENDPOINT QUERIES_JSON   (QUERIES_JSON: {"SELECT": "...", ...})
"""
import base64
import io
import json
import sys
import warnings
import xml.dom.minidom

import rdflib
from SPARQLWrapper import GET, POST, POSTDIRECTLY, URLENCODED, SPARQLWrapper
from SPARQLWrapper import Wrapper

# SPARQLWrapper warns when a format does not fit the query kind (turtle for a SELECT); that is the case tested.
warnings.simplefilter("ignore")

METHODS = {"GET": (GET, None), "POST form": (POST, URLENCODED), "POST query": (POST, POSTDIRECTLY)}


def wrapper(endpoint, query, return_format, only_conneg, method):
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(query)
    sparql.setReturnFormat(return_format)
    sparql.setOnlyConneg(only_conneg)
    http_method, request_method = METHODS[method]
    sparql.setMethod(http_method)
    if request_method:
        sparql.setRequestMethod(request_method)
    return sparql


def count(converted, content_type):
    """Rows of a SELECT, the answer of an ASK, or triples of a graph, from what convert() returned."""
    if isinstance(converted, dict) and "boolean" in converted:
        return converted["boolean"]
    if isinstance(converted, dict) and "results" in converted:
        return len(converted["results"]["bindings"])
    if isinstance(converted, xml.dom.minidom.Document):
        booleans = converted.getElementsByTagName("boolean")
        if booleans:
            return booleans[0].firstChild.data.strip() == "true"
        return len(converted.getElementsByTagName("result"))
    if isinstance(converted, rdflib.Graph):
        return len(converted)
    text = converted.decode("utf-8") if isinstance(converted, bytes) else converted
    if content_type in ("text/csv", "text/tab-separated-values"):
        lines = [line for line in text.splitlines() if line.strip()]
        if lines and lines[0].strip() in ("_askResult", "?_askResult"):
            return lines[1].strip() == "true"
        return len(lines) - 1
    syntax = {"text/turtle": "turtle", "application/n-triples": "nt", "text/plain": "nt"}.get(content_type)
    if syntax is None:
        raise ValueError("cannot count a %s result" % content_type)
    return len(rdflib.Graph().parse(data=text, format=syntax))


def main():
    endpoint, queries = sys.argv[1], json.loads(sys.argv[2])
    for kind, query in queries.items():
        for return_format in Wrapper._allowedFormats:
            for only_conneg in (False, True):
                for method in METHODS:
                    record = {"kind": kind, "format": return_format, "onlyConneg": only_conneg, "method": method}
                    try:
                        response = wrapper(endpoint, query, return_format, only_conneg, method).query().response
                        record["status"] = response.status
                        record["contentType"] = response.info()["Content-Type"].split(";")[0].strip()
                        record["body"] = base64.b64encode(response.read()).decode("ascii")
                        result = wrapper(endpoint, query, return_format, only_conneg, method).query()
                        record["converted"] = count(result.convert(), record["contentType"])
                    except Exception as error:  # reported to the test, which fails naming the request
                        record["error"] = "%s: %s" % (type(error).__name__, error)
                    print(json.dumps(record), flush=True)


if __name__ == "__main__":
    main()
