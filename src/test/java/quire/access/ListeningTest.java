package quire.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** A bridge's listeners come off when it closes, and a second bridge's are the only ones then (Listening). */
class ListeningTest {
    private final List<String> heard = new ArrayList<>();

    private void follow(Listening listening, SimpleStringProperty text, String who) {
        listening.add(text, (ChangeListener<String>) (o, was, now) -> heard.add(who + ":" + now),
                ObservableValue::addListener, ObservableValue::removeListener);
    }

    @Test
    void afterDetachingNothingIsHeard() {
        Listening listening = new Listening();
        SimpleStringProperty text = new SimpleStringProperty("Page 1 of 4");
        ObservableList<String> children = FXCollections.observableArrayList();
        follow(listening, text, "first");
        listening.add(children, (ListChangeListener<String>) change -> heard.add("children"),
                ObservableList::addListener, ObservableList::removeListener);
        text.set("Page 2 of 4");
        children.add("a label");
        assertThat(heard).containsExactly("first:Page 2 of 4", "children");
        assertThat(listening.attached()).isEqualTo(2);

        listening.detachAll();
        text.set("Page 3 of 4");
        children.add("another");

        assertThat(heard).containsExactly("first:Page 2 of 4", "children");
        assertThat(listening.attached()).isZero();
    }

    @Test
    void turnedOffAndOnAgainEachChangeIsHeardOnce() {
        SimpleStringProperty text = new SimpleStringProperty("Page 1 of 4");
        Listening first = new Listening();
        follow(first, text, "first");
        first.detachAll();
        Listening second = new Listening();
        follow(second, text, "second");

        text.set("Page 2 of 4");

        assertThat(heard).containsExactly("second:Page 2 of 4");
    }

    @Test
    void whatIsListenedToIsNotKeptAlive() throws Exception {
        Listening listening = new Listening();
        java.lang.ref.WeakReference<SimpleStringProperty> held;
        {
            SimpleStringProperty text = new SimpleStringProperty("gone soon");
            follow(listening, text, "gone");
            held = new java.lang.ref.WeakReference<>(text);
        }
        for (int i = 0; i < 50 && held.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }

        assertThat(held.get()).isNull();
        assertThat(listening.attached()).isZero();
        listening.detachAll(); // nothing left to take off, and no failure for it
    }
}
