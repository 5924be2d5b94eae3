package org.pyconfgraph.format;

import java.util.Arrays;

/**
 * Namespace IRIs in a radix tree (edges labelled by strings, no two edges of a node starting with the same
 * character), each with a number: the namespaces that start an IRI are found in a walk of a few edges along it,
 * without a substring or a hash, where testing each namespace in turn costs a comparison per namespace and IRI.
 */
final class NamespaceTrie {
    private static final int[] NONE = {};

    private String[] edges = {};
    private NamespaceTrie[] children = {};
    /** The numbers of the namespaces that end here. */
    private int[] ending = NONE;

    void add(String namespace, int number) {
        NamespaceTrie node = this;
        int from = 0;
        while (from < namespace.length()) {
            int i = node.edge(namespace.charAt(from));
            if (i < 0) {
                NamespaceTrie leaf = new NamespaceTrie();
                node.append(namespace.substring(from), leaf);
                node = leaf;
                break;
            }
            String edge = node.edges[i];
            int common = 0;
            while (common < edge.length() && from + common < namespace.length()
                && edge.charAt(common) == namespace.charAt(from + common)) common++;
            if (common < edge.length()) {
                // The namespace ends or leaves inside this edge: split it where.
                NamespaceTrie middle = new NamespaceTrie();
                middle.append(edge.substring(common), node.children[i]);
                node.edges[i] = edge.substring(0, common);
                node.children[i] = middle;
            }
            node = node.children[i];
            from += common;
        }
        node.ending = Arrays.copyOf(node.ending, node.ending.length + 1);
        node.ending[node.ending.length - 1] = number;
    }

    /** The numbers of the namespaces that start {@code iri} and are shorter than it, in increasing order. */
    int[] startingStrictly(String iri) {
        return starting(iri, false);
    }

    /** The numbers of the namespaces that start {@code iri}, or are all of it, in increasing order. */
    int[] starting(String iri) {
        return starting(iri, true);
    }

    private int[] starting(String iri, boolean orEqual) {
        int[] found = NONE;
        NamespaceTrie node = this;
        int at = 0;
        while (at < iri.length()) {
            if (node.ending.length > 0) found = concat(found, node.ending);
            int i = node.edge(iri.charAt(at));
            if (i < 0 || !iri.startsWith(node.edges[i], at)) break;
            at += node.edges[i].length();
            node = node.children[i];
        }
        if (orEqual && at == iri.length()) found = concat(found, node.ending);
        // Sorted as a copy: found may be a node's own array.
        if (found.length > 1) {
            found = found.clone();
            Arrays.sort(found);
        }
        return found;
    }

    private int edge(char first) {
        for (int i = 0; i < edges.length; i++) if (edges[i].charAt(0) == first) return i;
        return -1;
    }

    private void append(String edge, NamespaceTrie child) {
        edges = Arrays.copyOf(edges, edges.length + 1);
        children = Arrays.copyOf(children, children.length + 1);
        edges[edges.length - 1] = edge;
        children[children.length - 1] = child;
    }

    private static int[] concat(int[] a, int[] b) {
        if (a.length == 0) return b;
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
