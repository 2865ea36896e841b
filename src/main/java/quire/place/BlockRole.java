package quire.place;

/**
 * What a leaf block is to someone listening rather than looking: read aloud pauses after headings and
 * scene breaks, and reads a scene break's ornament as silence.
 */
public enum BlockRole {
    PARAGRAPH, HEADING, SCENE_BREAK
}
