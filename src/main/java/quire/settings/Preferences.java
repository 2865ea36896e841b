package quire.settings;

/** Everything global that Quire remembers: how to set text, and the window. */
public record Preferences(ReadingSettings reading, WindowPlacement window) {
    public static final Preferences DEFAULTS = new Preferences(ReadingSettings.DEFAULTS, WindowPlacement.DEFAULT);

    public Preferences {
        reading = reading == null ? ReadingSettings.DEFAULTS : reading;
        window = window == null ? WindowPlacement.DEFAULT : window;
    }

    public Preferences withReading(ReadingSettings newReading) {
        return new Preferences(newReading, window);
    }

    public Preferences withWindow(WindowPlacement newWindow) {
        return new Preferences(reading, newWindow);
    }
}
