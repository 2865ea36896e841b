package quire.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import quire.layout.PageGeometry;
import quire.layout.PageSpec;
import quire.layout.Pagination;
import quire.layout.Typography;

/**
 * The paginated reading view: the current page, and a quiet footer with "Page X of Y", percent read and
 * time left. Clicking the left or right third of the page and the mouse wheel turn pages; keys are
 * routed here by the window through {@link #handle(ReaderKeys.Command)}.
 */
public final class ReaderScreen extends BorderPane {
    private static final long WHEEL_LOCK_NANOS = 150_000_000L;

    private final ReaderModel model;
    private final PageView pageView;
    private final Pane pageArea = new Pane();
    private final Label footer = new Label();
    private final Typography typography = Typography.DEFAULT;
    private int lastWheelDirection;
    private long lastWheelTurn;

    public ReaderScreen(ReaderModel model, FxTextMeasurer measurer) {
        this.model = model;
        this.pageView = new PageView(measurer);
        createView();
        initListeners();
    }

    public ReaderModel model() {
        return model;
    }

    public void handle(ReaderKeys.Command command) {
        switch (command) {
            case NEXT_PAGE -> model.nextPage();
            case PREVIOUS_PAGE -> model.previousPage();
            case FIRST_PAGE -> model.firstPage();
            case LAST_PAGE -> model.lastPage();
        }
    }

    /** The footer's words, e.g. "Page 3 of 12 · 25% · 9 min left". */
    public String footerText() {
        return footer.getText();
    }

    private void createView() {
        getStyleClass().add("reader");
        pageArea.getStyleClass().add("page-area");
        pageArea.getChildren().add(pageView);
        pageArea.setMinSize(0, 0);
        setCenter(pageArea);
        footer.getStyleClass().add("reader-footer");
        footer.setFont(Font.font(13));
        StackPane footerBar = new StackPane(footer);
        footerBar.getStyleClass().add("reader-footer-bar");
        footerBar.setPadding(new Insets(6, 16, 10, 16));
        StackPane.setAlignment(footer, Pos.CENTER);
        setBottom(footerBar);
    }

    private void initListeners() {
        pageArea.widthProperty().addListener((o, was, now) -> relayout());
        pageArea.heightProperty().addListener((o, was, now) -> relayout());
        model.paginationProperty().addListener((o, was, now) -> redraw());
        model.pageIndexProperty().addListener((o, was, now) -> redraw());
        pageArea.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
        pageArea.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
    }

    private void relayout() {
        double width = pageArea.getWidth();
        double height = pageArea.getHeight();
        if (width < 1 || height < 1) {
            return;
        }
        model.layout(PageGeometry.single(width, height, typography));
        redraw();
    }

    private void redraw() {
        Pagination pagination = model.paginationProperty().get();
        if (pagination == null) {
            return;
        }
        int index = model.pageIndexProperty().get();
        PageSpec spec = pagination.spec();
        pageView.show(pagination.page(index), spec);
        pageView.relocate(0, 0);
        footer.setText(footer(index, pagination.pageCount()));
    }

    private String footer(int index, int count) {
        int percent = (int) Math.floor(model.fractionRead() * 100);
        int minutes = model.minutesLeft();
        String left = index == count - 1 ? "the end"
                : minutes <= 1 ? "about a minute left" : minutes + " min left";
        return "Page " + (index + 1) + " of " + count + "  \u00b7  " + percent + "%  \u00b7  " + left;
    }

    private void onClick(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
            return;
        }
        double third = pageArea.getWidth() / 3;
        if (event.getX() < third) {
            model.previousPage();
        } else if (event.getX() > 2 * third) {
            model.nextPage();
        }
    }

    /**
     * One page per wheel notch. Touchpads and fast wheels send bursts of events; after a turn, further
     * events in the same direction are ignored for {@link #WHEEL_LOCK_NANOS}, so a flick turns pages at a
     * readable pace instead of racing to the end. JavaFX's sign: a negative delta is "wheel down".
     */
    private void onScroll(ScrollEvent event) {
        double delta = event.getDeltaY() != 0 ? event.getDeltaY() : event.getDeltaX();
        event.consume();
        if (delta == 0) {
            return;
        }
        int direction = delta < 0 ? 1 : -1;
        long now = System.nanoTime();
        if (direction == lastWheelDirection && now - lastWheelTurn < WHEEL_LOCK_NANOS) {
            return;
        }
        lastWheelDirection = direction;
        lastWheelTurn = now;
        if (direction > 0) {
            model.nextPage();
        } else {
            model.previousPage();
        }
    }
}
