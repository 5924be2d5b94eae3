package org.pyconfgraph.format;

import java.util.ArrayList;
import java.util.List;

import com.apicatalog.jsonld.lang.Keywords;

import jakarta.json.stream.JsonGenerator;

import org.apache.jena.graph.Node;

/**
 * One compacted JSON-LD node object, kept as its members in the order compaction adds them and written as
 * generator events. A member repeated under one key becomes an array, as Titanium's map builder does.
 */
final class CompactNode {
    /** A small JSON object of string members, such as {@code {"@type": "xsd:date", "@value": "2003-03-26"}}. */
    record Entries(String... keysAndValues) {}

    private final String id;
    private List<String> types;
    /** In the order their keys were first added; a node has few, so a key is found by a scan from the last. */
    private final List<Member> members = new ArrayList<>();

    CompactNode(String id) {
        this.id = id;
    }

    /** A node's identifier as JSON-LD writes it: an IRI, or {@code _:label} for a blank node. */
    static String id(Node node) {
        if (node.isURI()) return node.getURI();
        if (node.isBlank()) return "_:" + node.getBlankNodeLabel();
        throw new IllegalArgumentException("JSON-LD has no form for " + node);
    }

    void types(List<String> compactedTypes) { this.types = compactedTypes; }

    void add(String key, Object value, boolean asArray) {
        member(members, key, asArray).values.add(value);
    }

    /** Adds a value to a language map (key: language tag, or {@code @none}). */
    void addToMap(String key, String mapKey, String value, boolean asArray) {
        Member member = member(members, key, false);
        if (member.map == null) member.map = new ArrayList<>(1);
        member(member.map, mapKey, asArray).values.add(value);
    }

    private static Member member(List<Member> members, String key, boolean asArray) {
        for (int i = members.size() - 1; i >= 0; i--)
            if (members.get(i).key.equals(key)) return members.get(i);
        Member member = new Member(key, asArray);
        members.add(member);
        return member;
    }

    /** Writes the node as one object of an array. */
    void write(JsonGenerator json) {
        json.writeStartObject();
        writeMembers(json);
        json.writeEnd();
    }

    /** Writes the node's members into the object the generator is in. */
    void writeMembers(JsonGenerator json) {
        json.write(Keywords.ID, id);
        if (types != null) {
            if (types.size() == 1) json.write(Keywords.TYPE, types.get(0));
            else {
                json.writeStartArray(Keywords.TYPE);
                types.forEach(json::write);
                json.writeEnd();
            }
        }
        for (Member member : members) member.write(json);
    }

    private static final class Member {
        final String key;
        final boolean asArray;
        final List<Object> values = new ArrayList<>(1);
        /** For a language map: its members, by language. */
        List<Member> map;

        Member(String key, boolean asArray) {
            this.key = key;
            this.asArray = asArray;
        }

        void write(JsonGenerator json) {
            if (map != null) {
                json.writeStartObject(key);
                for (Member member : map) member.write(json);
                json.writeEnd();
            } else if (values.size() == 1 && !asArray) {
                writeValue(json, key, values.get(0));
            } else {
                json.writeStartArray(key);
                values.forEach(value -> writeValue(json, null, value));
                json.writeEnd();
            }
        }

        private static void writeValue(JsonGenerator json, String key, Object value) {
            if (value instanceof String text) {
                if (key == null) json.write(text);
                else json.write(key, text);
                return;
            }
            String[] entries = ((Entries) value).keysAndValues();
            if (key == null) json.writeStartObject();
            else json.writeStartObject(key);
            for (int i = 0; i < entries.length; i += 2) json.write(entries[i], entries[i + 1]);
            json.writeEnd();
        }
    }
}
