package quire.settings;

/**
 * One page, two pages side by side, or whichever fits the window (two when each keeps a good measure);
 * or no pages at all: the story as one continuous column, scrolled.
 */
public enum PageMode { AUTO, ONE, TWO, SCROLL }
