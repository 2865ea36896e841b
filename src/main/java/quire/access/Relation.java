package quire.access;

import java.util.List;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.types.UInt32;

/** One of an object's relations, {@code (ua(so))}: its type ({@code AtspiRelationType}) and targets. */
public final class Relation extends Struct {
    /** The label of the target (a text field's label points at the field). */
    static final int LABEL_FOR = 1;
    /** Labelled by the target. */
    static final int LABELLED_BY = 2;

    @Position(0)
    public final UInt32 type;
    @Position(1)
    public final List<ObjectRef> targets;

    public Relation(UInt32 type, List<ObjectRef> targets) {
        this.type = type;
        this.targets = targets;
    }
}
