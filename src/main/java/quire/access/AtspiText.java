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

    ThreeValues<String, Integer, Integer> GetTextBeforeOffset(int offset, UInt32 boundary);

    ThreeValues<String, Integer, Integer> GetTextAtOffset(int offset, UInt32 boundary);

    ThreeValues<String, Integer, Integer> GetTextAfterOffset(int offset, UInt32 boundary);

    ThreeValues<String, Integer, Integer> GetStringAtOffset(int offset, UInt32 granularity);

    int GetCharacterAtOffset(int offset);

    Map<String, String> GetDefaultAttributes();

    Map<String, String> GetDefaultAttributeSet();

    FourValues<Integer, Integer, Integer, Integer> GetCharacterExtents(int offset, UInt32 coordType);

    int GetOffsetAtPoint(int x, int y, UInt32 coordType);

    int GetNSelections();

    TwoValues<Integer, Integer> GetSelection(int selectionNum);

    boolean AddSelection(int startOffset, int endOffset);

    boolean RemoveSelection(int selectionNum);

    boolean SetSelection(int selectionNum, int startOffset, int endOffset);

    FourValues<Integer, Integer, Integer, Integer> GetRangeExtents(int startOffset, int endOffset, UInt32 coordType);
}
