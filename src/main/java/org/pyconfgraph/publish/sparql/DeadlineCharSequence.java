package org.pyconfgraph.publish.sparql;

/**
 * A string that a regular expression reads through, checking the query's deadline every few thousand characters.
 * Java's regular expressions backtrack, and a pattern like {@code (.*a){20}x} can run for hours on a short string
 * without returning to ARQ; every step of the matcher reads a character, so this is where it can be stopped.
 */
final class DeadlineCharSequence implements CharSequence {
    private static final int CHECK_EVERY = 1 << 12;

    private final String text;
    private final QueryDeadline deadline;
    private int reads;

    DeadlineCharSequence(String text, QueryDeadline deadline) {
        this.text = text;
        this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
        if (++reads % CHECK_EVERY == 0) deadline.check();
        return text.charAt(index);
    }

    @Override
    public int length() { return text.length(); }

    @Override
    public CharSequence subSequence(int start, int end) { return text.subSequence(start, end); }

    @Override
    public String toString() { return text; }
}
