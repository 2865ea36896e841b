package quire.pace;

/** A clock the test moves by hand. */
final class FakeTicker implements Ticker {
    private long now = 1_000_000;

    @Override
    public long millis() {
        return now;
    }

    void advance(long millis) {
        now += millis;
    }
}
