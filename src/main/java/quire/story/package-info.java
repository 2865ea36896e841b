/**
 * The story: what a file says, as our own immutable records.
 *
 * <p>{@link quire.story.StoryReader} is the only way in. It takes a file (or its bytes), checks that it
 * is a readable UTF-8 text of sane size, splits off the metadata (YAML front matter, or the fanfic
 * post convention of leading {@code Key: value} paragraphs) and hands the body to the one Markdown
 * adapter. A long text's head is ready before its body is decoded or hashed: the metadata comes from
 * its first part ({@code FirstPart}), the rest is decoded and checked when the text is asked for, and
 * its hash is taken on another core ({@link quire.story.ContentHash.Pending}). What comes out is a
 * {@link quire.story.Story}: {@link quire.story.StoryMetadata} plus a
 * list of {@link quire.story.Block}s made of {@link quire.story.Inline} spans. Every problem becomes a
 * {@link quire.story.StoryException} with a message meant for the reader; no unchecked exception
 * leaves this package.
 *
 * <p>Guarantees: the author's characters are kept exactly (no smart-typography, no trimming inside a
 * paragraph); raw HTML becomes literal text (comments are dropped); links keep only their visible
 * text and no address is stored, so nothing can ever be fetched. Flexmark appears only in
 * {@code MarkdownBody}. No JavaFX here.
 */
package quire.story;
