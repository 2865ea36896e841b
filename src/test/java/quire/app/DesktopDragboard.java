package quire.app;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.security.AccessControlContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * The dragboard of a drag that comes from outside the app (a file manager's), offering copy and link:
 * a headless toolkit has no desktop to drag from, and TestFX cannot drag files, so tests fire drag
 * events carrying this.
 */
final class DesktopDragboard implements TKClipboard {
    private final Map<DataFormat, Object> content = new HashMap<>();

    private DesktopDragboard() {
    }

    /** A dragboard holding {@code files}, as a file manager's drag of them would. */
    static Dragboard of(List<File> files) {
        DesktopDragboard peer = new DesktopDragboard();
        peer.content.put(DataFormat.FILES, List.copyOf(files));
        return DragboardHelper.createDragboard(peer);
    }

    @Override
    public void setSecurityContext(AccessControlContext context) {
    }

    @Override
    public Set<DataFormat> getContentTypes() {
        return Set.copyOf(content.keySet());
    }

    @Override
    @SafeVarargs
    public final boolean putContent(Pair<DataFormat, Object>... pairs) {
        for (Pair<DataFormat, Object> pair : pairs) {
            content.put(pair.getKey(), pair.getValue());
        }
        return true;
    }

    @Override
    public Object getContent(DataFormat format) {
        return content.get(format);
    }

    @Override
    public boolean hasContent(DataFormat format) {
        return content.containsKey(format);
    }

    @Override
    public Set<TransferMode> getTransferModes() {
        return Set.of(TransferMode.COPY, TransferMode.LINK);
    }

    @Override
    public void setDragView(Image image) {
    }

    @Override
    public void setDragViewOffsetX(double offsetX) {
    }

    @Override
    public void setDragViewOffsetY(double offsetY) {
    }

    @Override
    public Image getDragView() {
        return null;
    }

    @Override
    public double getDragViewOffsetX() {
        return 0;
    }

    @Override
    public double getDragViewOffsetY() {
        return 0;
    }
}
