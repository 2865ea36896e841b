#!/usr/bin/env python3
"""Reads Quire through AT-SPI as a screen reader does (see read-quire.sh, which sets the buses up).

Waits for the application "Quire" on the desktop, prints every application there, walks Quire's tree
(role, name, states), finds the consent screen's "Start reading" button, presses it through the Action
interface, and prints the page's text read through the Text interface, with the extents of its first
character. Exits non-zero, saying why, when any of that is not there.
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


def main():
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


def listen_while(act, seconds=3):
    """The events seen while act() runs and for some seconds after, as short lines."""
    from gi.repository import GLib
    seen = []

    def heard(event):
        detail = event.any_data if isinstance(event.any_data, str) else ""
        seen.append("%s (%s, %s) on %s %r%s" % (event.type, event.detail1, event.detail2,
                                                event.source.getRoleName(), event.source.name,
                                                ": " + repr(detail[:60]) if detail else ""))

    kinds = ["object:text-changed", "object:text-caret-moved", "object:state-changed:focused", "focus:",
             "object:property-change:accessible-name", "object:children-changed", "window:activate"]
    pyatspi.Registry.registerEventListener(heard, *kinds)
    GLib.timeout_add(300, lambda: act() and False)
    GLib.timeout_add(int(seconds * 1000), lambda: pyatspi.Registry.stop() and False)
    pyatspi.Registry.start()
    pyatspi.Registry.deregisterEventListener(heard, *kinds)
    return seen


if __name__ == "__main__":
    main()
