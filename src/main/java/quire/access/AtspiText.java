package quire.access;

import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;

/** {@code org.a11y.atspi.Text}: an object's characters, caret, selection and where characters are drawn. */
@DBusInterfaceName("org.a11y.atspi.Text")
public interface AtspiText extends DBusInterface {
    String GetText(int startOffset, int endOffset);

    boolean SetCaretOffset(int offset);

    TextSpan GetTextBeforeOffset(int offset, UInt32 boundary);

    TextSpan GetTextAtOffset(int offset, UInt32 boundary);

    TextSpan GetTextAfterOffset(int offset, UInt32 boundary);

    TextSpan GetStringAtOffset(int offset, UInt32 granularity);

    int GetCharacterAtOffset(int offset);

    Map<String, String> GetDefaultAttributes();

    Map<String, String> GetDefaultAttributeSet();

    IntQuad GetCharacterExtents(int offset, UInt32 coordType);

    int GetOffsetAtPoint(int x, int y, UInt32 coordType);

    int GetNSelections();

    IntPair GetSelection(int selectionNum);

    boolean AddSelection(int startOffset, int endOffset);

    boolean RemoveSelection(int selectionNum);

    boolean SetSelection(int selectionNum, int startOffset, int endOffset);

    IntQuad GetRangeExtents(int startOffset, int endOffset, UInt32 coordType);
}
