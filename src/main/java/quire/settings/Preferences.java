package quire.settings;

import quire.pace.ReadingPace;

/** Everything global that Quire remembers: how to set text, the window, and the reader's pace over all stories. */
public record Preferences(ReadingSettings reading, WindowPlacement window, ReadingPace pace) {
    public static final Preferences DEFAULTS = new Preferences(ReadingSettings.DEFAULTS, WindowPlacement.DEFAULT,
            ReadingPace.NONE);

    public Preferences {
        reading = reading == null ? ReadingSettings.DEFAULTS : reading;
        window = window == null ? WindowPlacement.DEFAULT : window;
        pace = pace == null ? ReadingPace.NONE : pace;
    }

    public Preferences(ReadingSettings reading, WindowPlacement window) {
        this(reading, window, ReadingPace.NONE);
    }

    public Preferences withReading(ReadingSettings newReading) {
        return new Preferences(newReading, window, pace);
    }

    public Preferences withWindow(WindowPlacement newWindow) {
        return new Preferences(reading, newWindow, pace);
    }

    public Preferences withPace(ReadingPace newPace) {
        return new Preferences(reading, window, newPace);
    }
}
