package org.pyconfgraph.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private final Map<String, Member> members = new LinkedHashMap<>();

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
        members.computeIfAbsent(key, k -> new Member(asArray)).values.add(value);
    }

    /** Adds a value to a language map (key: language tag, or {@code @none}). */
    void addToMap(String key, String mapKey, String value, boolean asArray) {
        Member member = members.computeIfAbsent(key, k -> new Member(false));
        if (member.map == null) member.map = new LinkedHashMap<>();
        member.map.computeIfAbsent(mapKey, k -> new Member(asArray)).values.add(value);
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
        members.forEach((key, member) -> member.write(json, key));
    }

    private static final class Member {
        final boolean asArray;
        final List<Object> values = new ArrayList<>(1);
        Map<String, Member> map;

        Member(boolean asArray) {
            this.asArray = asArray;
        }

        void write(JsonGenerator json, String key) {
            if (map != null) {
                json.writeStartObject(key);
                map.forEach((mapKey, member) -> member.write(json, mapKey));
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
