#!/usr/bin/env python3
"""Reads Quire through AT-SPI as a screen reader does (see read-quire.sh, which sets the buses up).

Waits for the application "Quire" on the desktop, prints every application there, walks Quire's tree
(role, name, states), checks that the consent screen reads the rating first, then the warnings, with
the focus on "Start reading", presses it through the Action interface, and prints the page's text read
through the Text interface, with the extents of its first character, and a page turn's events. Then it
opens the panels and finds their controls by name: the settings' sliders (and their values), the marks
list with a bookmark in it (through the Selection interface), the search field and its buttons, the
contents list, the note editor's field (words selected with the mouse where the Text interface says
they are); and in Scroll mode, the lines in view as the page's text, changing as it scrolls. Exits
non-zero, saying why, when any of that is not there.
"""
import os
import subprocess
import sys
import time

import pyatspi

TIMEOUT = 60


def fail(why):
    print("FAIL: " + why)
    sys.exit(1)


def wait_for(what, find, seconds=TIMEOUT):
    end = time.time() + seconds
    while time.time() < end:
        found = find()
        if found:
            return found
        time.sleep(0.25)
    fail("no " + what + " after " + str(seconds) + " s")


def applications():
    desktop = pyatspi.Registry.getDesktop(0)
    return [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]


def walk(node, depth=0, out=None):
    out = [] if out is None else out
    out.append((depth, node))
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, depth + 1, out)
    return out


def describe(node):
    states = node.getState().getStates()
    shown = [pyatspi.stateToString(s) for s in states
             if s in (pyatspi.STATE_FOCUSED, pyatspi.STATE_FOCUSABLE, pyatspi.STATE_CHECKED,
                      pyatspi.STATE_EDITABLE)]
    return "%s %r%s" % (node.getRoleName(), node.name, " [" + ", ".join(shown) + "]" if shown else "")


def print_tree(app):
    for depth, node in walk(app):
        print("  " * depth + describe(node))


def find(app, role, name=None):
    for _, node in walk(app):
        if node.getRole() == role and (name is None or node.name == name):
            return node
    return None


def chapters():
    """A story in three chapters: its contents list, named by its title, with a named row for each chapter."""
    quire = wait_for("application named Quire",
                     lambda: next((a for a in applications() if a is not None and a.name == "Quire"), None))
    start = wait_for("the consent screen or the page", lambda: find(quire, pyatspi.ROLE_PUSH_BUTTON, "Start reading")
                     or find(quire, pyatspi.ROLE_TEXT, None))
    if start.getRole() == pyatspi.ROLE_PUSH_BUTTON:
        start.queryAction().doAction(0)
    wait_for("the page", lambda: find(quire, pyatspi.ROLE_TEXT, None))
    time.sleep(1)
    listed = opened(quire, ["c"], "the contents of a story in three chapters",
                    lambda q: find(q, pyatspi.ROLE_LIST_ITEM, None))
    contents = find(quire, pyatspi.ROLE_LIST, None)
    rows = [contents.getChildAtIndex(i) for i in range(contents.childCount)]
    rows = [r for r in rows if r.getRole() == pyatspi.ROLE_LIST_ITEM]
    print("contents list %r: %r" % (contents.name, [r.name for r in rows]))
    if contents.name != "Contents \u00b7 3 chapters" or len(rows) != 3 or not all("Chapter" in r.name for r in rows):
        fail("the contents list is not named by its title with a named row for each chapter")
    selection = contents.querySelection()
    events = listen_while(lambda: selection.selectChild(2), 1.5, ["object:selection-changed"])
    if not selection.isChildSelected(2) or selection.getSelectedChild(0).name != rows[2].name:
        fail("selecting the third chapter through Selection did not select it")
    if not any(e.startswith("object:selection-changed") for e in events):
        fail("selecting the third chapter sent no object:selection-changed")
    print("Selection: the third chapter selected, %r (%s)" % (selection.getSelectedChild(0).name, events[0]))
    key("Escape")
    del listed


def main():
    if sys.argv[1:] == ["chapters"]:
        chapters()
        return
    quire = wait_for("application named Quire",
                     lambda: next((a for a in applications() if a is not None and a.name == "Quire"), None))
    names = [a.name for a in applications() if a is not None]
    print("applications on the desktop:", names)
    if "java" in names and not os.environ.get("QUIRE_GTK_BRIDGE"):
        fail("GTK's own bridge registered a second application, 'java'")
    button = wait_for("button 'Start reading'", lambda: find(quire, pyatspi.ROLE_PUSH_BUTTON, "Start reading"))
    print("--- the consent screen")
    print_tree(quire)
    focused = [n for _, n in walk(quire) if n.getState().contains(pyatspi.STATE_FOCUSED)]
    print("focused:", [describe(n) for n in focused])
    if [n.name for n in focused] != ["Start reading"]:
        fail("the focus does not start on Start reading")
    check_consent_order(quire)
    action = button.queryAction()
    print("Start reading's actions:", [action.getName(i) for i in range(action.nActions)])
    action.doAction(0)
    page = wait_for("page (a text object with text)",
                    lambda: next((n for _, n in walk(quire) if n.getRole() == pyatspi.ROLE_TEXT
                                  and n.queryText().characterCount > 0), None), 30)
    print("--- the reader")
    print_tree(quire)
    text = page.queryText()
    print("page name: %r, %d characters, caret at %d" % (page.name, text.characterCount, text.caretOffset))
    print("page text begins: %r" % text.getText(0, 200))
    print("first character's extents (screen):", text.getCharacterExtents(0, pyatspi.DESKTOP_COORDS))
    print("first sentence:", text.getTextAtOffset(0, pyatspi.TEXT_BOUNDARY_SENTENCE_START))
    print("--- events after a page turn (the Right key)")
    events = listen_while(lambda: subprocess.run(
        ["xdotool", "search", "--name", "Quire", "windowfocus", "key", "Right"], check=False))
    for event in events:
        print(event)
    if not any(e.startswith("object:text-changed:insert") for e in events):
        fail("no text-changed event after the page turn")
    print("page text now begins: %r" % page.queryText().getText(0, 80))
    key("Left")
    time.sleep(1)
    settings_panel(quire)
    contents_panel(quire)
    marks_panel(quire)
    search_bar(quire)
    note_editor(quire, page)
    scroll_mode(quire)


def key(*keys):
    subprocess.run(["xdotool", "search", "--name", "Quire", "windowfocus", "key"] + list(keys), check=False)


def opened(quire, keys, what, find_it, seconds=10):
    """Presses keys, waits for find_it(quire) to find the panel's object, and prints the tree."""
    key(*keys)
    found = wait_for(what, lambda: find_it(quire), seconds)
    print("--- " + what)
    print_tree(quire)
    return found


def named(quire, role, name):
    node = find(quire, role, name)
    if node is None:
        fail("no %s named %r" % (pyatspi.roleToString(role) if hasattr(pyatspi, "roleToString") else role, name))
    return node


def check_consent_order(quire):
    labels = [n.name for _, n in walk(quire) if n.getRole() == pyatspi.ROLE_LABEL]
    rating = next((i for i, name in enumerate(labels) if name.startswith(("Rated ", "Not rated"))), None)
    if rating is None:
        fail("the consent screen has no rating badge named 'Rated ...' or 'Not rated'")
    before = [name for name in labels[:rating]]
    if before:
        fail("the consent screen reads %r before the rating" % before)
    if "Warnings" in labels and labels.index("Warnings") != rating + 1:
        fail("the warnings do not come right after the rating: %r" % labels[:4])
    print("reading order: %r, then %r" % (labels[rating], labels[rating + 1:rating + 3]))


def settings_panel(quire):
    opened(quire, ["s"], "the settings panel", lambda q: find(q, pyatspi.ROLE_PUSH_BUTTON, "Done"))
    for name in ("Size", "Line spacing", "Margins", "Speed"):
        slider = named(quire, pyatspi.ROLE_SLIDER, name)
        value = slider.queryValue()
        print("slider %r: %s (%s to %s)" % (name, value.currentValue, value.minimumValue, value.maximumValue))
        if not value.minimumValue <= value.currentValue <= value.maximumValue or value.maximumValue <= 0:
            fail("slider %r has no value in a range" % name)
    for role, name in ((pyatspi.ROLE_COMBO_BOX, None), (pyatspi.ROLE_TOGGLE_BUTTON, "Scroll"),
                       (pyatspi.ROLE_CHECK_BOX, "Justify lines")):
        if find(quire, role, name) is None:
            fail("the settings panel has no %s %r" % (role, name))
    unnamed = [describe(n) for _, n in walk(quire) if not n.name and n.getRole() in (
        pyatspi.ROLE_SLIDER, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_PUSH_BUTTON,
        pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_LABEL)]
    if unnamed:
        fail("unnamed objects in the settings panel: %r" % unnamed)
    key("Escape")


def contents_panel(quire):
    listed = opened(quire, ["c"], "the contents panel", lambda q: find(q, pyatspi.ROLE_LIST, None))
    if not listed.name.startswith("Contents"):
        fail("the contents list is named %r, not by its title" % listed.name)
    key("Escape")


def marks_panel(quire):
    key("b")  # a bookmark on the page, so the list has an item
    time.sleep(0.5)
    listed = opened(quire, ["m"], "the marks panel with a bookmark",
                    lambda q: find(q, pyatspi.ROLE_LIST_ITEM, None))
    marks = named(quire, pyatspi.ROLE_LIST, "Marks")
    item = find(quire, pyatspi.ROLE_LIST_ITEM, None)
    if "bookmark" not in item.name:
        fail("the bookmark's row is named %r" % item.name)
    selection = marks.querySelection()
    print("marks list: %d selected, the first %r" % (selection.nSelectedChildren,
                                                     selection.getSelectedChild(0).name
                                                     if selection.nSelectedChildren else None))
    index = item.getIndexInParent()
    events = listen_while(lambda: selection.clearSelection(), 1.5, ["object:selection-changed"])
    if selection.isChildSelected(index) or not any(e.startswith("object:selection-changed") for e in events):
        fail("clearing the marks list's selection did not clear it, or sent no selection-changed: %r" % events)
    if not selection.selectChild(index) or not selection.isChildSelected(index) \
            or selection.getSelectedChild(0).name != item.name:
        fail("selecting the bookmark's row through Selection did not select it")
    print("Selection: cleared, then the bookmark's row selected again (%r)" % listed.name)
    key("Escape")


def search_bar(quire):
    field = opened(quire, ["ctrl+f"], "the search bar", lambda q: find(q, pyatspi.ROLE_ENTRY, None))
    if field.name != "Search the story":
        fail("the search field is named %r" % field.name)
    for name in ("Previous match", "Next match", "List every match", "Close"):
        named(quire, pyatspi.ROLE_PUSH_BUTTON, name)
    key("Escape")


def note_editor(quire, page):
    """Double-clicks the page's sixth character where the Text interface says it is, then N."""
    time.sleep(0.5)
    x, y, width, height = page.queryText().getCharacterExtents(5, pyatspi.DESKTOP_COORDS)
    subprocess.run(["xdotool", "mousemove", str(x + width // 2), str(y + height // 2), "click", "--repeat", "2",
                    "--delay", "80", "1"], check=False)
    time.sleep(0.5)
    start, end = page.queryText().getSelection(0) if page.queryText().getNSelections() else (0, 0)
    print("selected by a double click at the sixth character: %r" % page.queryText().getText(start, end))
    if end <= start:
        fail("a double click where the sixth character is said to be selected nothing")
    field = opened(quire, ["n"], "the note editor", lambda q: find(q, pyatspi.ROLE_TEXT, "Add a note"))
    if not field.getState().contains(pyatspi.STATE_EDITABLE):
        fail("the note field is not editable")
    key("Escape")
    time.sleep(0.5)
    key("Escape")  # and the selection


def scroll_mode(quire):
    opened(quire, ["s"], "the settings panel again", lambda q: find(q, pyatspi.ROLE_TOGGLE_BUTTON, "Scroll"))
    named(quire, pyatspi.ROLE_TOGGLE_BUTTON, "Scroll").queryAction().doAction(0)
    time.sleep(1)
    key("Escape")
    page = wait_for("the page in Scroll mode", lambda: next(
        (n for _, n in walk(quire) if n.getRole() == pyatspi.ROLE_TEXT and n.queryText().characterCount > 0), None))
    text = page.queryText()
    frame = next(n for _, n in walk(quire) if n.getRole() == pyatspi.ROLE_FRAME)
    fx, fy, fw, fh = frame.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    first = text.getCharacterExtents(0, pyatspi.DESKTOP_COORDS)
    last = text.getCharacterExtents(text.characterCount - 1, pyatspi.DESKTOP_COORDS)
    print("Scroll mode: %d characters in view, from %r to %r; first at y %d, last at y %d, window %d to %d"
          % (text.characterCount, text.getText(0, 30), text.getText(text.characterCount - 30, -1), first[1],
             last[1], fy, fy + fh))
    if not (fy <= first[1] and last[1] + last[3] <= fy + fh + 2):
        fail("in Scroll mode the page's text reaches past the window: lines out of view are read")
    before = text.getText(0, -1)
    events = listen_while(lambda: key("Down", "Down", "Down"), 2)
    changed = [e for e in events if e.startswith("object:text-changed:insert") and " on text " in e]
    for event in events:
        print(event)
    after = page.queryText().getText(0, -1)
    if not changed or after == before:
        fail("scrolling three lines changed no text, or sent no text-changed")
    print("after three lines down the text in view begins: %r" % after[:60])


def listen_while(act, seconds=3, kinds=None):
    """The events seen while act() runs and for some seconds after, as short lines."""
    from gi.repository import GLib
    seen = []

    def heard(event):
        detail = event.any_data if isinstance(event.any_data, str) else ""
        seen.append("%s (%s, %s) on %s %r%s" % (event.type, event.detail1, event.detail2,
                                                event.source.getRoleName(), event.source.name,
                                                ": " + repr(detail[:60]) if detail else ""))

    kinds = kinds or ["object:text-changed", "object:text-caret-moved", "object:state-changed:focused", "focus:",
             "object:property-change:accessible-name", "object:children-changed", "window:activate"]
    pyatspi.Registry.registerEventListener(heard, *kinds)
    GLib.timeout_add(300, lambda: act() and False)
    GLib.timeout_add(int(seconds * 1000), lambda: pyatspi.Registry.stop() and False)
    pyatspi.Registry.start()
    pyatspi.Registry.deregisterEventListener(heard, *kinds)
    return seen


if __name__ == "__main__":
    main()
