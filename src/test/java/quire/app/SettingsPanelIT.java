package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import quire.place.Anchor;
import quire.ui.FontCatalog;

/** The settings panel (S): changes apply live, keep the place, and are remembered. */
class SettingsPanelIT extends AppTestSupport {
    private void openPanel() {
        app.type(KeyCode.ENTER);
        app.type(KeyCode.RIGHT);
        app.type(KeyCode.S);
    }

    @Test
    void sizeAndSpacingApplyLiveAndKeepThePlace() throws Exception {
        launch();
        openPanel();
        Anchor place = app.reader().model().anchor();
        int pages = app.reader().model().paginationProperty().get().pageCount();
        app.onFx(() -> app.lookup("#font-size").queryAs(Slider.class).setValue(30));
        app.onFx(() -> app.lookup("#line-spacing").queryAs(Slider.class).setValue(2.0));
        assertThat(app.reader().model().paginationProperty().get().pageCount()).isGreaterThan(pages);
        assertThat(app.reader().model().anchor()).isEqualTo(place);
        app.type(KeyCode.ESCAPE);
        assertThat(app.showing("#settings")).isFalse();
        Text first = app.lookup(".page-text").queryAs(Text.class);
        assertThat(first.getFont().getSize()).isEqualTo(30.0);
    }

    @Test
    void themeFontAndParagraphChoicesAreRememberedAcrossARestart() throws Exception {
        launch();
        openPanel();
        app.clickOn("#theme-dark");
        app.clickOn("#paragraph-spaced");
        app.clickOn("#justify"); // on by default, as books are set: this turns it off
        app.clickOn("#hyphenate");
        app.clickOn("#reduce-motion");
        app.onFx(() -> {
            ComboBox<FontCatalog.Choice> font = app.lookup("#font-family").queryComboBox();
            font.setValue(font.getItems().get(1));
        });
        app.clickOn("#settings-done");
        assertThat(app.stage.getScene().getRoot().getStyleClass()).contains("theme-dark");
        app.close();

        String json = Files.readString(config.resolve("settings.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"theme\" : \"DARK\"", "\"indentParagraphs\" : false", "\"justify\" : false",
                "\"hyphenate\" : false", "\"hangingPunctuation\" : true", "\"reduceMotion\" : true", "\"fontFamily\" : \"Sans\"");
        launch();
        assertThat(app.stage.getScene().getRoot().getStyleClass()).as("the consent screen is themed too")
                .contains("theme-dark");
        openPanel();
        assertThat(app.lookup("#justify").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
        assertThat(app.lookup("#hyphenate").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
        assertThat(app.lookup("#hanging-punctuation").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .isTrue();
    }

    @Test
    void hidingWarningsFromThePanelAppliesToTheNextStart() throws Exception {
        launch();
        openPanel();
        app.clickOn("#hide-warnings");
        app.type(KeyCode.ESCAPE);
        app.close();
        launch();
        assertThat(app.showing("#warnings-hidden")).isTrue();
    }

    @Test
    void readAloudsSpeedSliderFollowsCtrlBracketsWhileThePanelIsOpen() throws Exception {
        launch();
        openPanel();
        Slider rate = app.lookup("#speech-rate").queryAs(Slider.class);
        int start = app.reader().readingSettings().readAloud().speechRate();
        assertThat(rate.getValue()).isEqualTo(start);
        app.press(KeyCode.CONTROL).type(KeyCode.CLOSE_BRACKET).release(KeyCode.CONTROL);
        assertThat(app.reader().readingSettings().readAloud().speechRate()).as("the key works over the panel").isEqualTo(start + 20);
        assertThat(rate.getValue()).as("and the slider shows it").isEqualTo(start + 20);
        assertThat(app.showing("#settings")).isTrue();
        // With the slider itself focused too: the key is the reader's, not the slider's.
        app.onFx(rate::requestFocus);
        app.press(KeyCode.CONTROL).type(KeyCode.OPEN_BRACKET).type(KeyCode.OPEN_BRACKET).release(KeyCode.CONTROL);
        assertThat(app.reader().readingSettings().readAloud().speechRate()).isEqualTo(start - 20);
        assertThat(rate.getValue()).isEqualTo(start - 20);
        javafx.scene.control.Label shown = (javafx.scene.control.Label) ((javafx.scene.layout.HBox) rate.getParent())
                .getChildren().get(1);
        assertThat(shown.getText()).isEqualTo((start - 20) + " words a minute");
        app.type(KeyCode.ESCAPE);
        assertThat(app.showing("#settings")).isFalse();
    }
}
