/**
 * How Quire knows a story again after its text changed: a typo fixed, a chapter added to a work in
 * progress downloaded again, the file moved. A {@link quire.identity.StoryIdentity} holds what stays
 * when the text changes (the file's path, identifiers the story names, its title and author or its
 * summary) and a {@link quire.identity.TextSketch} of the text itself, small enough to keep for every
 * story read. {@link quire.identity.KnownStories} matches a story against the identities remembered:
 * the same text first, then a shared identifier, then text that is largely the same, alone or with
 * the same file or name. The content hash only says whether the text changed. Pure values, no files,
 * no JavaFX.
 */
package quire.identity;
