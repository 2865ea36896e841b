package quire.settings;

/** One page, two pages side by side, or whichever fits the window (two when each keeps a good measure). */
public enum PageMode { AUTO, ONE, TWO }
